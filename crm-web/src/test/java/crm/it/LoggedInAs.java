package crm.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The demo user whose identity the test methods of an in-server test class run with (see
 * {@link TestLogin}); without it they run as the demo administrator.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface LoggedInAs {

  /** A demo user name (its demo password is the name followed by "-demo"). */
  String value();
}
