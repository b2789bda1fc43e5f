/* Names for the controls PrimeFaces leaves unnamed or misnamed (issue 13: every control has an
   accessible name), after each page load and each ajax update:
   - a date picker's button reads "ui-button": it gets the field's label ("Starting Date: Choose Date");
   - a panel's title bar is a button holding its toggle link (nested controls): the link becomes
     the button, named after the panel's title, and tells whether the panel is open;
   - a tab menu's items are menu items inside tabs: they stay plain links, the active one marked;
   - the email editor's heading picker and a multiple autocomplete's list of chosen values;
   - a field without a label of its own (a checkbox menu in a repeat, an input in a table row) is
     named after the label of its .crm-field, or after its table column's header. */
function crmNameControls() {
  document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
    var field = button.parentNode.querySelector('input');
    var label = field && document.querySelector('label[for="' + field.id + '"]');
    var text = button.querySelector('.ui-button-text');
    if (text) {
      text.setAttribute('aria-hidden', 'true');
    }
    if (label && !button.dataset.crmNamed) {
      button.setAttribute('aria-label', crmLabelText(label) + ': ' + button.getAttribute('aria-label'));
      button.dataset.crmNamed = 'true';
    }
  });
  document.querySelectorAll('.ui-panel-titlebar').forEach(function (header) {
    var toggler = header.querySelector('.ui-panel-titlebar-icon');
    var title = header.querySelector('.ui-panel-title');
    if (!toggler || !title) {
      return;
    }
    var expanded = header.getAttribute('aria-expanded');
    if (expanded !== null) {
      toggler.setAttribute('aria-expanded', expanded);
      toggler.setAttribute('aria-controls', header.getAttribute('aria-controls'));
    }
    header.removeAttribute('role');
    header.removeAttribute('aria-expanded');
    header.removeAttribute('aria-controls');
    toggler.setAttribute('role', 'button');
    toggler.setAttribute('aria-label', title.textContent.trim());
  });
  document.querySelectorAll('.ui-tabmenu-nav').forEach(function (list) {
    list.removeAttribute('role');
    list.querySelectorAll('.ui-tabmenuitem').forEach(function (item) {
      var link = item.querySelector('a');
      item.removeAttribute('role');
      item.removeAttribute('aria-selected');
      item.removeAttribute('aria-expanded');
      item.removeAttribute('tabindex');
      if (link) {
        link.removeAttribute('role');
        link.removeAttribute('tabindex');
        if (item.classList.contains('ui-state-active')) {
          link.setAttribute('aria-current', 'page');
        }
      }
    });
  });
  /* The email editor's heading picker: Quill draws it in place of the named select, unnamed. */
  document.querySelectorAll('.ql-picker').forEach(function (picker) {
    var select = picker.nextElementSibling;
    var label = picker.querySelector('.ql-picker-label');
    if (label && select && select.tagName === 'SELECT' && select.getAttribute('aria-label')) {
      label.setAttribute('aria-label', select.getAttribute('aria-label'));
    }
  });
  /* A multiple autocomplete's chosen values: a plain list (PrimeFaces calls it a listbox of items
     that are not options, around the field's input). */
  document.querySelectorAll('.ui-autocomplete-multiple-container').forEach(function (list) {
    list.removeAttribute('role');
    list.removeAttribute('aria-orientation');
    list.querySelectorAll('[role=option]').forEach(function (token) {
      token.removeAttribute('role');
      token.removeAttribute('aria-selected');
    });
  });
  document.querySelectorAll('input:not([type=hidden]), textarea, select').forEach(function (field) {
    if (field.getAttribute('aria-label') || field.getAttribute('aria-labelledby') || field.closest('label')
        || (field.id && document.querySelector('label[for="' + field.id + '"]'))) {
      return;
    }
    var name = crmFieldName(field);
    if (name) {
      field.setAttribute('aria-label', name);
    }
  });
}

/* A label's words without the asterisk PrimeFaces adds to a required field's label. */
function crmLabelText(label) {
  return label.textContent.replace(/\*\s*$/, '').trim();
}

function crmFieldName(field) {
  var crmField = field.closest('.crm-field');
  var label = crmField && crmField.querySelector('label');
  if (label) {
    return crmLabelText(label);
  }
  var cell = field.closest('td');
  var table = cell && cell.closest('table');
  var header = table && table.querySelectorAll('thead th')[cell.cellIndex];
  return header ? (header.querySelector('.ui-column-title') || header).textContent.trim() : null;
}

/* Whenever elements are added: PrimeFaces draws some widgets (the date pickers' buttons) after the
   page's load event, and ajax updates replace parts of the page. One run per burst of changes; the
   run itself only changes attributes, which the observer does not watch. */
var crmNamingScheduled = false;
function crmScheduleNaming() {
  if (!crmNamingScheduled) {
    crmNamingScheduled = true;
    setTimeout(function () {
      crmNamingScheduled = false;
      crmNameControls();
    }, 0);
  }
}
document.addEventListener('DOMContentLoaded', function () {
  crmNameControls();
  new MutationObserver(crmScheduleNaming).observe(document.body, { childList: true, subtree: true });
});
if (window.jQuery) {
  /* A panel opened or closed: its toggle button says so (PrimeFaces sets it on the title bar). */
  jQuery(document).on('click keyup', '.ui-panel-titlebar-icon', function () {
    setTimeout(crmNameControls, 0);
  });
}
