package crm.service.todo;

import crm.domain.shared.InvalidInputException;
import crm.domain.todo.ToDo;
import crm.service.shared.References;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What a to-do must hold before it is kept (F-15): its own rules ({@link ToDo#check()}), then a
 * contact and a campaign that exist, when it names them (refused with 422 otherwise).
 */
final class ToDoChecks {

  private ToDoChecks() {}

  static void check(EntityManager em, ToDo toDo) {
    toDo.check();
    require(em, "contact", toDo.getContactNo(), "toDo.unknownContact");
    require(em, "campaign", toDo.getCampaignNo(), "toDo.unknownCampaign");
  }

  private static void require(EntityManager em, String table, String no, String key) {
    if (no != null && !References.exist(em, List.of(table), "no", no)) {
      throw new InvalidInputException(key, no);
    }
  }
}
