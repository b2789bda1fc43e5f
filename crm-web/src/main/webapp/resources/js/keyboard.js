/* Dialogs from the keyboard (issue 13: keyboard-only use of the segment card and its dialogs):
   - a dialog that opens takes the focus to its first field, or its first button;
   - Escape closes the topmost dialog, unless an open list of a field inside it takes the key
     first (PrimeFaces's own closeOnEscape ignores the key once a field menu has seen it);
   - once closed, the focus goes back to the button that opened it (found again by its id when
     an update has redrawn it);
   - a date field with a calendar button does not open its calendar when Tab reaches it: Tab went
     on through the calendar's 31 days before the next field. The button (or Enter on it) opens it. */
(function () {
  if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Dialog) {
    return;
  }
  var createWidget = PrimeFaces.createWidget;
  PrimeFaces.createWidget = function (name, widgetVar, cfg) {
    if (name === 'DatePicker' && cfg && cfg.showIcon) {
      cfg.showOnFocus = false;
    }
    return createWidget.apply(this, arguments);
  };
  var dialog = PrimeFaces.widget.Dialog.prototype;
  var show = dialog.show;
  var postShow = dialog.postShow;
  var onHide = dialog.onHide;

  /* The last element outside the dialogs that had the focus: the button pressed has lost it by the
     time its request opens the dialog (PrimeFaces disables a button while its request runs). */
  var lastFocusedId = null;
  document.addEventListener('focusin', function (event) {
    if (event.target.id && !event.target.closest('.ui-dialog')) {
      lastFocusedId = event.target.id;
    }
  });

  dialog.show = function () {
    if (this.isVisible()) {
      /* PrimeFaces does nothing for a dialog it still finds visible (the shared confirmation, asked
         again from a dialog opened since): it would stay behind that dialog, its Yes out of reach. */
      this.moveToTop();
    } else {
      this.crmOpenerId = lastFocusedId;
    }
    return show.apply(this, arguments);
  };

  dialog.postShow = function () {
    postShow.apply(this, arguments);
    if (this.isVisible() && !this.jq[0].contains(document.activeElement)) {
      var first = Array.prototype.find.call(this.jq[0].querySelectorAll(
          '.ui-dialog-content input:not([type=hidden]):not(:disabled), .ui-dialog-content select:not(:disabled),'
          + ' .ui-dialog-content textarea:not(:disabled), .ui-dialog-content [tabindex="0"], .ui-dialog-footer button:not(:disabled),'
          + ' .ui-dialog-content button:not(:disabled), .ui-dialog-content a[href]'),
          function (element) { return element.getClientRects().length > 0; });
      if (first) {
        first.focus();
      }
    }
  };

  dialog.onHide = function () {
    var opener = this.crmOpenerId && document.getElementById(this.crmOpenerId);
    this.crmOpenerId = null;
    if (opener) {
      /* PrimeFaces focuses, 100 ms after, what had the focus when the dialog opened: the body when
         the button was disabled by its request, or a button an update has replaced since. */
      this.focusedElementBeforeDialogOpened = opener;
    }
    onHide.apply(this, arguments);
    var focus = document.activeElement;
    if (opener && (!focus || focus === document.body || this.jq[0].contains(focus))) {
      opener.focus();
    }
  };

  var OPEN_LISTS = '.ui-selectcheckboxmenu-panel, .ui-selectonemenu-panel, .ui-autocomplete-panel,'
      + ' .ui-datepicker-panel, .p-datepicker-panel, .ui-menu.ui-menu-dynamic, .ui-overlaypanel';

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || jQuery(OPEN_LISTS).filter(':visible').length > 0) {
      return;
    }
    var topmost = null;
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
      var widget = PrimeFaces.widgets[name];
      if (widget instanceof PrimeFaces.widget.Dialog && widget.isVisible() && widget.cfg.closable !== false
          && (!topmost || (parseInt(widget.jq.css('z-index')) || 0) > (parseInt(topmost.jq.css('z-index')) || 0))) {
        topmost = widget;
      }
    });
    if (topmost) {
      topmost.hide();
    }
  }, true);
})();
