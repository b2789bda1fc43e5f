/**
 * Login (F-70): one authentication mechanism for the pages (form login on the login page, kept
 * in the HTTP session) and the REST API (HTTP Basic on every request), over one identity store,
 * the users and roles of the database.
 */
package crm.web.security;
