/**
 * Who may do what (F-70): the application's roles. Users, their hashed passwords and their roles
 * are stored in the database; the roles are checked on the server, in the EJB layer.
 */
package crm.domain.security;
