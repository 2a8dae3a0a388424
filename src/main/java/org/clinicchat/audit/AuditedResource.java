package org.clinicchat.audit;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks the parameter of an {@link Audited} method whose value is the resource id recorded. */
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface AuditedResource {}
