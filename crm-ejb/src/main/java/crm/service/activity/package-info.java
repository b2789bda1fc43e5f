/**
 * Activities (F-14): keeping them, and assigning one, which writes its to-dos set-based, one per
 * step and contact, due on the dates the steps' formulas give.
 */
package crm.service.activity;
