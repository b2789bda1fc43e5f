/**
 * To-dos (F-15): each user's calls, meetings and tasks, and the follow-up call made from an
 * action card. A salesperson sees and changes their own; a marketing manager or an administrator
 * everyone's.
 */
package crm.service.todo;
