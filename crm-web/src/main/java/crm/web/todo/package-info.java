/** The pages of to-dos (F-15): My to-dos, and the card of one to-do. */
package crm.web.todo;
