/* A thin bar at the top of the page while a request or a download takes a while (from 300 ms on),
   so that long work (a step on many contacts, printing a large segment) shows that it runs. */
var crmBusyTimer = null;

function crmBusy(on) {
  var bar = document.getElementById('crmBusy');
  clearTimeout(crmBusyTimer);
  if (on) {
    crmBusyTimer = setTimeout(function () { bar.style.display = 'block'; }, 300);
  } else {
    bar.style.display = 'none';
  }
}

/* For a button that downloads a file with a full request (ajax="false"): the bar until the file arrives. */
function crmMonitorDownload() {
  PrimeFaces.monitorDownload(function () { crmBusy(true); }, function () { crmBusy(false); });
}

/* After a Print of a logged segment's letters started (or found) its run: the dialog that follows it. */
function crmShowLetterPrint(args) {
  if (!args.validationFailed) {
    PF('letterPrintDialog').show();
    PF('letterPrintPoll').start();
  }
}
