package org.clinicchat.delivery;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a conversation signal that another cluster member committed. Observers without qualifiers
 * receive these signals as well as local ones; observe with this qualifier to receive only these.
 */
@Qualifier
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface FromCluster {

  /** The instance to fire events with. */
  final class Literal extends AnnotationLiteral<FromCluster> implements FromCluster {
    private static final long serialVersionUID = 1L;

    /** The single instance. */
    public static final Literal INSTANCE = new Literal();
  }
}
