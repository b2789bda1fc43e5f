/**
 * To-dos (F-15): the calls, meetings and tasks a salesperson has to do, each due at a time, open
 * until done or canceled. A follow-up call made from an action card remembers its email and
 * card; the activities (F-14) write their to-dos to the same table.
 */
package crm.domain.todo;
