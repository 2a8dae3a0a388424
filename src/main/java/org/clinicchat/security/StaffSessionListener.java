package org.clinicchat.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Removes an ended session, by timeout or invalidation, from {@link StaffSessions}. */
@WebListener
public class StaffSessionListener implements HttpSessionListener {

  @Inject StaffSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    SignInState state = SignInState.of(event.getSession());
    if (state != null) {
      sessions.forget(state.username(), event.getSession());
    }
  }
}
