/* A table cell whose text is cut with "…" (the tables keep one line per row) shows its whole text
   on hover: the title is set on the cells that overflow, after each page load and each ajax update. */
function crmTitleCutCells() {
  document.querySelectorAll('.crm-table td, .crm-table th').forEach(function (cell) {
    var cut = cell.scrollWidth > cell.clientWidth + 1;
    var text = (cell.querySelector('.ui-column-title') || cell).textContent.trim();
    if (cut && text && !cell.title) {
      cell.title = text;
    }
  });
}

document.addEventListener('DOMContentLoaded', crmTitleCutCells);
window.addEventListener('resize', crmTitleCutCells);
if (window.jQuery) {
  jQuery(document).on('pfAjaxComplete', crmTitleCutCells);
}
