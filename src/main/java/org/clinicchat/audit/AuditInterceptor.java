package org.clinicchat.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Writes one audit event per call of an {@link Audited} method, after the call, with its outcome.
 * It runs before the consent check, so a call rejected for missing consent is audited too.
 */
@Audited(value = AuditAction.TRANSCRIPT_READ, purpose = AccessPurpose.TREATMENT)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class AuditInterceptor {

  @Inject AuditTrail auditTrail;

  @AroundInvoke
  Object audit(InvocationContext context) throws Exception {
    Audited audited = binding(context.getMethod());
    String resourceId = resourceId(context);
    try {
      Object result = context.proceed();
      recordSuccess(audited, resourceId, result);
      return result;
    } catch (Exception e) {
      auditTrail.record(audited, resourceId, AuditOutcome.FAILURE, null);
      throw e;
    }
  }

  private static Audited binding(Method method) {
    Audited audited = method.getAnnotation(Audited.class);
    return audited != null ? audited : method.getDeclaringClass().getAnnotation(Audited.class);
  }

  private static String resourceId(InvocationContext context) {
    Annotation[][] annotations = context.getMethod().getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof AuditedResource && context.getParameters()[i] != null) {
          return context.getParameters()[i].toString();
        }
      }
    }
    return null;
  }

  private void recordSuccess(Audited audited, String resourceId, Object result) {
    String id = resourceId;
    String actor = null;
    if (result instanceof AuditedResult created) {
      id = resourceId != null ? resourceId : created.auditedResourceId();
      actor = created.auditedActor();
    }
    auditTrail.record(audited, id, AuditOutcome.SUCCESS, actor);
  }
}
