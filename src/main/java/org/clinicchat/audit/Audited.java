package org.clinicchat.audit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Records an audit event for every call of the annotated method, whether it completes or throws.
 * The resource id is the value of the parameter annotated with {@link AuditedResource}, if any. The
 * actor is the value of the parameter annotated with {@link AuditedActor}, or else the caller. The
 * outcome is FAILURE when the call throws or returns an {@link AuditedOutcome} that reports a
 * failure.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Audited {

  /** The action recorded. */
  @Nonbinding
  AuditAction value();

  /** The purpose of the access. It has no default, so each audited method must declare one. */
  @Nonbinding
  AccessPurpose purpose();

  /** The kind of resource acted on, for example {@code Conversation}. */
  @Nonbinding
  String resourceType() default "";
}
