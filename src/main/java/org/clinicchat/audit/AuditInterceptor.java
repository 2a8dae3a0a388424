package org.clinicchat.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Writes one audit event per call of an {@link Audited} method, after the call, with its outcome:
 * FAILURE when the call throws or returns an {@link AuditedOutcome} that reports one, SUCCESS
 * otherwise. It runs before the consent check, so a call rejected for missing consent is audited
 * too.
 */
@Audited(value = AuditAction.TRANSCRIPT_READ, purpose = AccessPurpose.TREATMENT)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class AuditInterceptor {

  @Inject AuditTrail auditTrail;

  @AroundInvoke
  Object audit(InvocationContext context) throws Exception {
    Audited audited = binding(context.getMethod());
    String resourceId = parameter(context, AuditedResource.class);
    String actorName = parameter(context, AuditedActor.class);
    try {
      Object result = context.proceed();
      recordReturn(audited, resourceId, actorName, result);
      return result;
    } catch (Exception e) {
      auditTrail.record(audited, resourceId, AuditOutcome.FAILURE, actorName);
      throw e;
    }
  }

  private static Audited binding(Method method) {
    Audited audited = method.getAnnotation(Audited.class);
    return audited != null ? audited : method.getDeclaringClass().getAnnotation(Audited.class);
  }

  /** Returns the value of the first parameter marked with the annotation that is not null. */
  private static String parameter(InvocationContext context, Class<? extends Annotation> marker) {
    Annotation[][] annotations = context.getMethod().getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (marker.isInstance(annotation) && context.getParameters()[i] != null) {
          return context.getParameters()[i].toString();
        }
      }
    }
    return null;
  }

  private void recordReturn(Audited audited, String resourceId, String actorName, Object result) {
    String id = resourceId;
    String actor = actorName;
    if (result instanceof AuditedResult created) {
      id = resourceId != null ? resourceId : created.auditedResourceId();
      actor = actorName != null ? actorName : created.auditedActor();
    }
    auditTrail.record(audited, id, outcomeOf(result), actor);
  }

  /** A call that returns normally succeeded, unless its result reports a failure itself. */
  private static AuditOutcome outcomeOf(Object result) {
    return result instanceof AuditedOutcome reported
        ? reported.auditedOutcome()
        : AuditOutcome.SUCCESS;
  }
}
