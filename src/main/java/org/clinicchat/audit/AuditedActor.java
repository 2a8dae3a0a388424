package org.clinicchat.audit;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the parameter of an {@link Audited} method whose value is the actor recorded, for calls
 * made before the security context names a caller, such as a sign-in step. Without it the actor is
 * the authenticated caller.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface AuditedActor {}
