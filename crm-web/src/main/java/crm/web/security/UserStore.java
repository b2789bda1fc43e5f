package crm.web.security;

import crm.domain.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store: a user who is enabled and whose password matches the stored PBKDF2 hash,
 * with the roles of the table as groups (Payara maps each group to the role of the same name).
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/crm",
    callerQuery = "select password_hash from app_user where user_name = ? and enabled = true",
    groupsQuery = "select role from app_user_role where user_name = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF, Roles.SALESPERSON,
    Roles.BATCH_ADMIN})
@ApplicationScoped
public class UserStore {}
