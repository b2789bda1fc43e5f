package crm.domain.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose every change is written to the audit trail (F-74), in the transaction of
 * the change: who, when, what, and each changed field before and after.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

  /** The name of the record type in the trail, e.g. "Campaign". */
  String value();

  /** Fields whose changes are not worth an entry on their own (a number series' last number). */
  String[] ignored() default {};

  /** Fields whose values are never written, only that they changed (a password hash). */
  String[] secret() default {};
}
