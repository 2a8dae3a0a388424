package org.clinicchat.consent;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Enforces {@link ConsentRequired} against the consent named in the caller's patient token. */
@ConsentRequired
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 20)
public class ConsentInterceptor {

  /** The patient-token claim that carries the consent id. */
  public static final String CONSENT_CLAIM = "consent";

  @Inject JsonWebToken token;

  @Inject ConsentRegistry registry;

  @AroundInvoke
  Object requireConsent(InvocationContext context) throws Exception {
    Purpose purpose = purpose(context);
    String consentId = token.getClaim(CONSENT_CLAIM);
    ConsentRegistry.Standing standing =
        consentId == null
            ? ConsentRegistry.Standing.MISSING
            : registry.standing(consentId, token.getSubject(), purpose);
    switch (standing) {
      case MISSING -> throw new ConsentMissingException(purpose);
      case NOTICE_CHANGED -> throw new NoticeChangedException();
      case ACTIVE -> {
        // The consent allows the call.
      }
    }
    return context.proceed();
  }

  private static Purpose purpose(InvocationContext context) {
    ConsentRequired required = context.getMethod().getAnnotation(ConsentRequired.class);
    if (required == null) {
      required = context.getMethod().getDeclaringClass().getAnnotation(ConsentRequired.class);
    }
    return required.value();
  }
}
