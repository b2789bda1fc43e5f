/* Inserts {{field}} at the caret of a text area (the template and letter editors). */
function crmInsertMergeField(textAreaId, key) {
  var area = document.getElementById(textAreaId);
  var field = '{{' + key + '}}';
  var start = area.selectionStart, end = area.selectionEnd;
  area.value = area.value.slice(0, start) + field + area.value.slice(end);
  area.focus();
  area.selectionStart = area.selectionEnd = start + field.length;
}
