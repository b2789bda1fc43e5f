package crm.service.contact;

import crm.domain.security.Roles;
import crm.service.shared.Sql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;

/**
 * How a user's files name the contact fields (F-04): a column is mapped as the user mapped a
 * column of that name last, else by its name ({@link ContactColumn#byHeader}); the import page
 * remembers each mapping chosen, per user and column name.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.MARKETING_MANAGER, Roles.MARKETING_STAFF})
public class ContactImportMapping {

  @Resource(lookup = "java:app/jdbc/crm") private javax.sql.DataSource dataSource;
  @Resource private SessionContext session;

  /** The file's columns (its header row), each with the contact field it fills, or null. */
  public Map<String, ContactColumn> of(InputStream file) {
    try (CSVParser parser = ContactCsv.open(file); Connection connection = dataSource.getConnection()) {
      Map<String, String> remembered = new HashMap<>();
      new Sql(connection).list("select header, field from contact_import_mapping where user_name = ?",
          row -> remembered.put(row.getString(1), row.getString(2)), user());
      Map<String, ContactColumn> mapping = new LinkedHashMap<>();
      for (String header : parser.getHeaderNames()) {
        String field = remembered.get(header);
        mapping.put(header, field != null ? ContactColumn.valueOf(field) : ContactColumn.byHeader(header).orElse(null));
      }
      return mapping;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Cannot read the file's columns", e);
    }
  }

  /** Remembers the user's mapping for the next file with columns of those names. */
  public void remember(Map<String, ContactColumn> mapping) {
    try (Connection connection = dataSource.getConnection()) {
      Sql sql = new Sql(connection);
      sql.batch("delete from contact_import_mapping where user_name = ? and header = ?",
          mapping.keySet().stream().map(header -> List.<Object>of(user(), header)).toList());
      sql.batch("insert into contact_import_mapping (user_name, header, field) values (?, ?, ?)",
          mapping.entrySet().stream().filter(e -> e.getValue() != null)
              .map(e -> List.<Object>of(user(), e.getKey(), e.getValue().name())).toList());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot remember the mapping", e);
    }
  }

  /** The columns mapped by their names only (the REST API's files name them as an export does). */
  static Map<String, ContactColumn> byName(List<String> headers) {
    Map<String, ContactColumn> mapping = new LinkedHashMap<>();
    headers.forEach(header -> mapping.put(header, ContactColumn.byHeader(header).orElse(null)));
    return mapping;
  }

  private String user() {
    return session.getCallerPrincipal().getName();
  }
}
