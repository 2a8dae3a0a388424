package org.clinicchat.consent;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rejects a call with {@link ConsentMissingException} unless the calling patient's token names a
 * consent that is on record, unrevoked, for this purpose. The check runs before the method, so a
 * rejected call processes and stores nothing.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface ConsentRequired {

  /** The purpose the consent must cover. */
  @Nonbinding
  Purpose value() default Purpose.PATIENT_CHAT;
}
