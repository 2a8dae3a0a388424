package org.clinicchat.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Handles a form post whose view state is unknown (an expired session, or a forged or replayed
 * state) by showing the page again, instead of a server error with a stack trace in the log. The
 * post itself is dropped, which is also the protection against cross-site request forgery. Faces
 * raises {@link ViewExpiredException} for most unknown states, but a plain {@link FacesException}
 * while it restores the view when a post claims the state of a stateless view for a page that has
 * state.
 */
public class ViewExpiredExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ViewExpiredExceptionHandler.class.getName());

  public ViewExpiredExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEventContext context = events.next().getContext();
      Throwable exception = context.getException();
      if (exception instanceof ViewExpiredException expired) {
        events.remove();
        showAgain(expired.getViewId());
      } else if (isUnrestorablePost(context)) {
        events.remove();
        showAgain(requestedViewId(context.getContext()));
      }
    }
    getWrapped().handle();
  }

  /** Returns whether the exception came from restoring the view of a post that carries a state. */
  private static boolean isUnrestorablePost(ExceptionQueuedEventContext context) {
    return PhaseId.RESTORE_VIEW.equals(context.getPhaseId())
        && context
            .getContext()
            .getExternalContext()
            .getRequestParameterMap()
            .containsKey(ResponseStateManager.VIEW_STATE_PARAM);
  }

  private static String requestedViewId(FacesContext faces) {
    String pathInfo = faces.getExternalContext().getRequestPathInfo();
    return faces.getExternalContext().getRequestServletPath() + (pathInfo == null ? "" : pathInfo);
  }

  private static void showAgain(String viewId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    LOG.fine(() -> "Rejected a post with an unknown view state for " + viewId);
    try {
      String path = faces.getExternalContext().getRequestContextPath() + viewId;
      faces.getExternalContext().redirect(path);
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException("Redirect after an unknown view state failed", e);
    }
  }

  /** Installs the handler in front of the default one; registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ViewExpiredExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
