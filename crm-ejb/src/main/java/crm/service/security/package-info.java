/**
 * Users and roles (F-70): the administrator's user management, password hashing, and the first
 * administrator of a database without users.
 */
package crm.service.security;
