/**
 * Activities (F-14): named plans of work whose ordered steps become to-dos when the activity is
 * assigned, each due on the date its formula gives. Date formulas read as Business Central reads
 * them.
 */
package crm.domain.activity;
