package crm.web.setup;

import crm.domain.setup.CodeEntry;
import crm.domain.setup.CodeTable;
import crm.service.setup.CodeService;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * setup/codes.xhtml: one code table at a time (the {@code table} parameter), its codes listed,
 * added and changed in a dialog, deleted after a confirmation. The service refuses a duplicate
 * or a code in use with a message shown in the page.
 */
@Named
@ViewScoped
public class CodeTablesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private CodeService codes;
  private String table = CodeTable.JOB_RESPONSIBILITY.name();
  private List<CodeEntry> rows;
  private boolean adding;
  private String code;
  private String description;

  /** f:viewAction: reads the codes of the table named by the parameter (the first one when unknown). */
  public void load() {
    if (Arrays.stream(CodeTable.values()).noneMatch(t -> t.name().equals(table))) {
      table = CodeTable.JOB_RESPONSIBILITY.name();
    }
    rows = codes.list(codeTable());
  }

  public void openNew() {
    adding = true;
    code = null;
    description = null;
  }

  public void openEdit(CodeEntry entry) {
    adding = false;
    code = entry.getCode();
    description = entry.getDescription();
  }

  public void save() {
    boolean saved = adding
        ? Feedback.run(() -> codes.create(codeTable(), code, description), "setup.code.added", code)
        : Feedback.run(() -> codes.update(codeTable(), code, description), "common.saved");
    if (saved) {
      load();
    }
  }

  public void delete(String deleted) {
    if (Feedback.run(() -> codes.delete(codeTable(), deleted), "setup.code.deleted", deleted)) {
      load();
    }
  }

  private CodeTable codeTable() {
    return CodeTable.valueOf(table);
  }

  /** The open tab of setup-tabs.xhtml. */
  public int getTableIndex() { return codeTable().ordinal(); }
  public String getTable() { return table; }
  public void setTable(String table) { this.table = table; }
  public List<CodeEntry> getRows() { return rows; }
  public boolean isAdding() { return adding; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
}
