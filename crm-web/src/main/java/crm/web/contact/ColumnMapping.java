package crm.web.contact;

import crm.service.contact.ContactColumn;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of an uploaded contacts file and the contact field it fills (F-04), as
 * contact/import.xhtml proposes it and the user changes it before the preview and the import.
 */
public final class ColumnMapping implements Serializable {

  private static final long serialVersionUID = 1L;
  private final String header;
  private ContactColumn column;

  ColumnMapping(String header, ContactColumn column) {
    this.header = header;
    this.column = column;
  }

  /** The file's columns in its order, each with the field proposed; none when the file was refused (null). */
  static List<ColumnMapping> of(Map<String, ContactColumn> proposed) {
    List<ColumnMapping> mapping = new ArrayList<>();
    if (proposed != null) {
      proposed.forEach((header, column) -> mapping.add(new ColumnMapping(header, column)));
    }
    return mapping;
  }

  /** The field chosen for each column, by its header, in the file's order. */
  static Map<String, ContactColumn> chosen(List<ColumnMapping> mapping) {
    Map<String, ContactColumn> chosen = new LinkedHashMap<>();
    mapping.forEach(m -> chosen.put(m.getHeader(), m.getColumn()));
    return chosen;
  }

  public String getHeader() { return header; }
  public ContactColumn getColumn() { return column; }
  public void setColumn(ContactColumn column) { this.column = column; }
}
