/* Inserts {{field}} at the caret of a text area (the template and letter editors). */
function crmInsertMergeField(textAreaId, key) {
  var area = document.getElementById(textAreaId);
  var field = '{{' + key + '}}';
  var start = area.selectionStart, end = area.selectionEnd;
  area.value = area.value.slice(0, start) + field + area.value.slice(end);
  area.focus();
  area.selectionStart = area.selectionEnd = start + field.length;
}

/*
 * A merge-field button (class crm-merge-field, data-field, data-target) inserts its field: bound
 * here rather than in an onclick attribute, which the Content-Security-Policy forbids.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest('.crm-merge-field');
  if (button) {
    crmInsertMergeField(button.dataset.target, button.dataset.field);
  }
});
