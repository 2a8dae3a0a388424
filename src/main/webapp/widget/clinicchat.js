/*
 * ClinicChat widget: a <clinic-chat> element with an open shadow root that requests the
 * visitor's consent before it sends anything about the visitor to the server.
 *
 * Embed it with one script tag, which also sets the clinic name shown in the panel header and,
 * optionally, the language of the answers (data-language="en" or "es"):
 *   <script src="/widget/clinicchat.js" data-clinic-name="Riverside Family Clinic" defer></script>
 *
 * The widget runs under "script-src 'self'; style-src 'self'": it has no inline script, sets no
 * style attribute and loads its stylesheet with a <link> inside the shadow root. Server and user
 * text goes into the page only through textContent or text nodes, never through innerHTML.
 */
(() => {
  'use strict';

  const ELEMENT_NAME = 'clinic-chat';
  const MAX_MESSAGE_LENGTH = 4000;
  const REQUEST_TIMEOUT_MS = 30000;
  const CONSENT_PURPOSE = 'PATIENT_CHAT';
  // When the message stream fails STREAM_MAX_FAILURES times in a row, new messages are fetched this
  // often instead, for at most this long after the last new message.
  const HANDOFF_POLL_MS = 5000;
  const HANDOFF_POLL_LIMIT_MS = 30 * 60 * 1000;
  // A broken message stream is reopened after 1, 2, 4 and 8 seconds, never more than 15. After
  // STREAM_MAX_FAILURES failures in a row the widget polls, and tries the stream again after
  // STREAM_RETRY_MS.
  const STREAM_BACKOFF_MS = 1000;
  const STREAM_MAX_BACKOFF_MS = 15000;
  const STREAM_MAX_FAILURES = 5;
  const STREAM_RETRY_MS = 60000;
  // The server sends a heartbeat after 15 seconds without an event, so a stream silent this long
  // is dead.
  const STREAM_SILENCE_MS = 45000;
  // Acknowledgements of shown messages are sent at most this often.
  const ACKNOWLEDGE_DELAY_MS = 1000;
  // A consented session is kept in this tab's sessionStorage under this key, so a reload within the
  // token's lifetime (the idle window) resumes the conversation. After a send, a token older than
  // TOKEN_RENEW_AFTER_MS is renewed, so the window counts from the patient's last message.
  const SESSION_KEY = 'clinicchat.session';
  const TOKEN_RENEW_AFTER_MS = 5 * 60 * 1000;
  const HANDOFF_STATES = ['WAITING', 'STAFF'];

  // document.currentScript is null once the script has run, and inside modules, so read it now.
  const currentScript = document.currentScript;
  const scriptUrl = new URL(
    currentScript && currentScript.src ? currentScript.src : '/widget/clinicchat.js',
    document.baseURI,
  );

  // The script lives in <app root>/widget/, so the API is resolved against the script's own URL.
  // That keeps the widget working when the WAR is deployed under a context path.
  const appRootUrl = new URL('../', scriptUrl);
  const stylesheetUrl = new URL('clinicchat.css', scriptUrl);
  const clinicName = (currentScript && currentScript.dataset.clinicName || '').trim();
  // data-language="en" or "es" makes the assistant answer in that language; without it the
  // assistant answers in the language each message is written in.
  const answerLanguage = ['en', 'es'].includes(currentScript && currentScript.dataset.language)
    ? currentScript.dataset.language
    : undefined;

  // The widget's own text follows data-language, else the browser's language.
  const browserLanguage = (navigator.language || '').toLowerCase().startsWith('es') ? 'es' : 'en';
  const uiLanguage = answerLanguage || browserLanguage;

  const ENGLISH_TEXT = {
    launcher: 'Chat with us',
    defaultTitle: 'Clinic chat',
    close: 'Close',
    agree: 'Agree',
    decline: 'Decline',
    reloadNotice: 'Load the notice again',
    reviewNotice: 'Read the privacy notice again',
    revoke: 'End chat and withdraw consent',
    revoking: 'Withdrawing your consent…',
    revoked:
      'You ended the chat and withdrew your consent, so nothing new is stored. To have your ' +
      'earlier messages deleted, call the clinic. To chat again, read the notice and choose Agree; ' +
      'choose Decline to ask only general questions.',
    transcriptActions: 'Your transcript',
    downloadText: 'Download transcript (text)',
    downloadJson: 'Download transcript (JSON)',
    downloading: 'Preparing your transcript…',
    downloaded: 'Your transcript was saved by your browser.',
    recordsCopy: 'Get a copy of all my records',
    recordsForm: 'Copy of your records',
    recordsIntro:
      'A copy holds all your conversations and appointments with the clinic. We first confirm ' +
      'who you are with a code sent to your email.',
    recordsName: 'Full name',
    recordsBirthDate: 'Date of birth (YYYY-MM-DD)',
    recordsEmail: 'Email address',
    recordsSendCode: 'Email me a code',
    recordsCodeSent: 'We sent a code to your email. Enter it below, then choose a format.',
    recordsCode: 'Code from the email',
    recordsDownloadText: 'Download my records (text)',
    recordsDownloadJson: 'Download my records (JSON)',
    recordsSaved: 'Your records were saved by your browser.',
    sourceLink: (publisher) => `Source: ${publisher}`,
    messageLabel: 'Your message',
    messageHint: 'Up to 4000 characters. Enter sends, Shift+Enter starts a new line.',
    send: 'Send',
    conversationLabel: 'Conversation',
    patientPrefix: 'You said: ',
    assistantPrefix: 'Assistant replied: ',
    slotChoices: 'Open times to choose from',
    staffPrefix: 'Staff member replied: ',
    waitingForStaff: 'A member of our staff will join this chat. Please keep this window open.',
    staffJoined: 'A member of our staff is answering you.',
    callbackForm: 'Ask the clinic to call you back',
    callbackPhone: 'Your phone number',
    callbackTime: 'Best time to call',
    callbackAny: 'Any time',
    callbackMorning: 'Morning',
    callbackAfternoon: 'Afternoon',
    callbackSend: 'Request a call back',
    callbackSent: 'Thank you. The clinic will call you back at the number you gave.',
    loadingNotice: 'Loading the privacy notice…',
    startingChat: 'Starting the chat…',
    sending: 'Sending…',
    generalMode:
      'You declined, so nothing about you is stored. In this mode only general questions ' +
      'are answered: opening hours, phone number and address.',
    consentedMode: (version) =>
      `You agreed to the privacy notice (version ${version}). ` +
      'This conversation is stored as the notice describes.',
    emptyMessage: 'Type a message before you send it.',
    messageTooLong: `Your message is too long. Shorten it to ${MAX_MESSAGE_LENGTH} characters or fewer.`,
    noticeChanged:
      'The clinic has updated its privacy notice. Please read the new notice and choose Agree to ' +
      'go on. Your unsent message is still in the message box.',
    sessionExpired:
      'Your chat session has expired. Please start over: read the notice and choose Agree again. ' +
      'Your unsent message is still in the message box.',
    noticeInvalid: 'The privacy notice could not be loaded because the server sent an invalid response.',
    noticeMissing: 'The privacy notice has not loaded yet. Load it and read it before you agree.',
    invalidResponse: 'The server sent an invalid response. Please try again.',
    timedOut: 'The chat service did not respond in time. Please try again.',
    networkError: 'The chat service could not be reached. Check your connection and try again.',
    requestFailed: (status) => `The request failed with status ${status}. Please try again.`,
  };

  const SPANISH_TEXT = {
    launcher: 'Chatee con nosotros',
    defaultTitle: 'Chat de la clínica',
    close: 'Cerrar',
    agree: 'Acepto',
    decline: 'No acepto',
    reloadNotice: 'Cargar el aviso de nuevo',
    reviewNotice: 'Leer de nuevo el aviso de privacidad',
    revoke: 'Terminar el chat y retirar mi consentimiento',
    revoking: 'Retirando su consentimiento…',
    revoked:
      'Usted terminó el chat y retiró su consentimiento, así que no se guarda nada nuevo. Para ' +
      'borrar sus mensajes anteriores, llame a la clínica. Para chatear de nuevo, lea el aviso y ' +
      'elija Acepto; elija No acepto para hacer solo preguntas generales.',
    transcriptActions: 'Su transcripción',
    downloadText: 'Descargar la transcripción (texto)',
    downloadJson: 'Descargar la transcripción (JSON)',
    downloading: 'Preparando su transcripción…',
    downloaded: 'Su navegador guardó la transcripción.',
    recordsCopy: 'Obtener una copia de todos mis registros',
    recordsForm: 'Copia de sus registros',
    recordsIntro:
      'La copia contiene todas sus conversaciones y citas con la clínica. Primero confirmamos ' +
      'quién es usted con un código enviado a su correo electrónico.',
    recordsName: 'Nombre completo',
    recordsBirthDate: 'Fecha de nacimiento (AAAA-MM-DD)',
    recordsEmail: 'Correo electrónico',
    recordsSendCode: 'Enviarme un código',
    recordsCodeSent: 'Le enviamos un código por correo. Escríbalo abajo y elija un formato.',
    recordsCode: 'Código del correo',
    recordsDownloadText: 'Descargar mis registros (texto)',
    recordsDownloadJson: 'Descargar mis registros (JSON)',
    recordsSaved: 'Su navegador guardó sus registros.',
    sourceLink: (publisher) => `Fuente: ${publisher}`,
    messageLabel: 'Su mensaje',
    messageHint: 'Hasta 4000 caracteres. Intro envía, Mayús+Intro empieza una línea nueva.',
    send: 'Enviar',
    conversationLabel: 'Conversación',
    patientPrefix: 'Usted escribió: ',
    assistantPrefix: 'El asistente respondió: ',
    slotChoices: 'Horas libres para elegir',
    staffPrefix: 'El personal respondió: ',
    waitingForStaff: 'Un miembro de nuestro personal se unirá a este chat. Mantenga esta ventana abierta.',
    staffJoined: 'Un miembro de nuestro personal le está atendiendo.',
    callbackForm: 'Pida que la clínica le llame',
    callbackPhone: 'Su número de teléfono',
    callbackTime: 'Mejor hora para llamarle',
    callbackAny: 'A cualquier hora',
    callbackMorning: 'Por la mañana',
    callbackAfternoon: 'Por la tarde',
    callbackSend: 'Pedir que me llamen',
    callbackSent: 'Gracias. La clínica le llamará al número que nos dio.',
    loadingNotice: 'Cargando el aviso de privacidad…',
    startingChat: 'Iniciando el chat…',
    sending: 'Enviando…',
    generalMode:
      'Usted no aceptó, así que no se guarda nada sobre usted. En este modo solo se responden ' +
      'preguntas generales: horario, teléfono y dirección.',
    consentedMode: (version) =>
      `Usted aceptó el aviso de privacidad (versión ${version}). ` +
      'Esta conversación se guarda como describe el aviso.',
    emptyMessage: 'Escriba un mensaje antes de enviarlo.',
    messageTooLong: `Su mensaje es demasiado largo. Acórtelo a ${MAX_MESSAGE_LENGTH} caracteres o menos.`,
    noticeChanged:
      'La clínica actualizó su aviso de privacidad. Lea el nuevo aviso y elija Acepto para ' +
      'continuar. Su mensaje sin enviar sigue en el cuadro de texto.',
    sessionExpired:
      'Su sesión de chat terminó. Empiece de nuevo: lea el aviso y elija Acepto otra vez. ' +
      'Su mensaje sin enviar sigue en el cuadro de texto.',
    noticeInvalid: 'No se pudo cargar el aviso de privacidad porque el servidor envió una respuesta no válida.',
    noticeMissing: 'El aviso de privacidad aún no se ha cargado. Cárguelo y léalo antes de aceptar.',
    invalidResponse: 'El servidor envió una respuesta no válida. Inténtelo de nuevo.',
    timedOut: 'El servicio de chat no respondió a tiempo. Inténtelo de nuevo.',
    networkError: 'No se pudo conectar con el servicio de chat. Revise su conexión e inténtelo de nuevo.',
    requestFailed: (status) => `La solicitud falló con el estado ${status}. Inténtelo de nuevo.`,
  };

  const TEXT = uiLanguage === 'es' ? SPANISH_TEXT : ENGLISH_TEXT;

  /** The topic of the assistant's replies in a booking dialogue. */
  const APPOINTMENTS_TOPIC = 'appointments';

  /** The topic of the notice that no staff member took the conversation within the wait limit. */
  const HANDOFF_TIMEOUT_TOPIC = 'handoff-timeout';

  /** A numbered line of a booking reply that offers a slot, such as "2. Tuesday, …". */
  const SLOT_LINE = /^([1-9])\. (.+)$/;

  /** Returns the slots a booking reply offers, as { number, line }, read from its text. */
  function offeredSlots(text) {
    return text
      .split('\n')
      .map((line) => SLOT_LINE.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ number: match[1], line: match[0] }));
  }
  // The CSS class of each sender the API names, and the prefix a screen reader says before it.
  const SENDER_CLASSES = { PATIENT: 'patient', ASSISTANT: 'assistant', STAFF: 'staff' };
  const SENDER_PREFIXES = {
    patient: TEXT.patientPrefix,
    assistant: TEXT.assistantPrefix,
    staff: TEXT.staffPrefix,
  };

  /** An API call that failed, with a message that can be shown to the patient as it is. */
  class ApiError extends Error {
    constructor(status, message, noticeChanged = false) {
      super(message);
      this.name = 'ApiError';
      this.status = status;
      // True when the clinic published a new consent notice after the patient agreed.
      this.noticeChanged = noticeChanged;
    }
  }

  /**
   * Sends one request to the ClinicChat API and returns the response, which has a 2xx status.
   * Throws ApiError for a non-2xx status (with the problem detail as its message), a timeout or a
   * network failure.
   */
  async function request(path, { method = 'GET', accept, body, token, idempotencyKey } = {}) {
    const headers = { Accept: `${accept}, application/problem+json` };
    if (idempotencyKey) {
      headers['Idempotency-Key'] = idempotencyKey;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response;
    try {
      response = await fetch(new URL(path, appRootUrl), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        // The bearer token is the only credential, so cookies are never sent or stored.
        credentials: 'omit',
        // Replies can contain health information, so the browser must not cache them.
        cache: 'no-store',
        // The API contract has no redirects, and following a 307 or 308 would resend the
        // patient's text to the new location, so a redirect fails the request instead.
        redirect: 'error',
        signal: controller.signal,
      });
      if (!response.ok) {
        const problem = await readProblem(response);
        throw new ApiError(response.status, problem.message, problem.noticeChanged);
      }
      return response;
    } catch (error) {
      if (error instanceof ApiError) {
        throw error;
      }
      throw new ApiError(0, error.name === 'AbortError' ? TEXT.timedOut : TEXT.networkError);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Sends one JSON request to the ClinicChat API and returns the parsed JSON body, or null for an
   * empty body. Throws ApiError as request() does, and for a 2xx body that is not JSON.
   */
  async function requestJson(path, options = {}) {
    const response = await request(path, { ...options, accept: 'application/json' });
    const text = await response.text();
    if (text.trim() === '') {
      return null;
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new ApiError(response.status, TEXT.invalidResponse);
    }
  }

  /**
   * Opens the conversation's Server-Sent Events stream with fetch(), because EventSource cannot
   * send the Authorization header and the token must never go into a URL. Returns the response,
   * which has a 2xx status. Throws ApiError for another status or a network failure.
   */
  async function openEventStream(path, { token, lastEventId, signal }) {
    const headers = { Accept: 'text/event-stream, application/problem+json', Authorization: `Bearer ${token}` };
    if (lastEventId > 0) {
      headers['Last-Event-ID'] = String(lastEventId);
    }
    let response;
    try {
      response = await fetch(new URL(path, appRootUrl), {
        headers,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        signal,
      });
    } catch {
      throw new ApiError(0, TEXT.networkError);
    }
    if (!response.ok || !response.body) {
      const problem = await readProblem(response);
      throw new ApiError(response.status, problem.message);
    }
    return response;
  }

  /**
   * Reads Server-Sent Events from a response body until it ends, calling onEvent(id, data) for each
   * event with data and onActivity() for each chunk, heartbeat comments included.
   */
  async function readServerSentEvents(body, onEvent, onActivity) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let id = null;
    let data = null;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      onActivity();
      buffer += value;
      let end;
      while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(buffer.startsWith('\r\n', end) ? end + 2 : end + 1);
        if (line === '') {
          if (data !== null) {
            onEvent(id, data);
          }
          data = null;
          continue;
        }
        const colon = line.indexOf(':');
        if (colon === 0) {
          continue;
        }
        const field = colon < 0 ? line : line.slice(0, colon);
        const fieldValue = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') {
          id = fieldValue;
        } else if (field === 'data') {
          data = data === null ? fieldValue : `${data}\n${fieldValue}`;
        }
      }
    }
  }

  /**
   * Fetches a file from the API with the token in the Authorization header and saves it through a
   * Blob URL, so the token never appears in an address, a link or the browser's history.
   */
  async function downloadFile(path, { accept, token, fileName, method = 'GET', body }) {
    const response = await request(path, { method, accept, token, body });
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    try {
      const link = createElement('a', { href: url, download: fileName });
      link.click();
    } finally {
      // The click starts the download at once; the Blob URL is released in the next task.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
  }

  /** Returns the detail (or else the title) of an application/problem+json error response. */
  async function readProblem(response) {
    const contentType = response.headers.get('Content-Type') || '';
    if (/json/i.test(contentType)) {
      try {
        const problem = await response.json();
        const noticeChanged = Boolean(problem && problem.noticeChanged === true);
        for (const candidate of [problem && problem.detail, problem && problem.title]) {
          if (typeof candidate === 'string' && candidate.trim() !== '') {
            return { message: candidate.trim(), noticeChanged };
          }
        }
      } catch {
        // A body that is not JSON gets the generic message below.
      }
    }
    return { message: TEXT.requestFailed(response.status), noticeChanged: false };
  }

  /**
   * Creates an element with the given attributes and children. Attribute values are set with
   * setAttribute and string children become text nodes, so no markup is ever parsed.
   */
  function createElement(tagName, attributes = {}, children = []) {
    const element = document.createElement(tagName);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) {
        continue;
      }
      element.setAttribute(name, value === true ? '' : String(value));
    }
    element.append(...children);
    return element;
  }

  /**
   * Builds the hidden form in which a patient confirms their identity with an emailed code and
   * downloads a copy of all their records, and returns the form and its fields.
   */
  function recordsForm() {
    const field = (id, label, attributes) => {
      const input = createElement('input', { id, name: id, ...attributes });
      return { input, parts: [createElement('label', { for: id }, [label]), input] };
    };
    const name = field('records-name', TEXT.recordsName, { type: 'text', autocomplete: 'name', maxlength: '200' });
    const birthDate = field('records-birth-date', TEXT.recordsBirthDate, {
      type: 'text',
      autocomplete: 'bday',
      inputmode: 'numeric',
      maxlength: '10',
    });
    const email = field('records-email', TEXT.recordsEmail, { type: 'email', autocomplete: 'email', maxlength: '254' });
    const code = field('records-code', TEXT.recordsCode, {
      type: 'text',
      autocomplete: 'one-time-code',
      inputmode: 'numeric',
      maxlength: '6',
    });
    const sendCode = createElement('button', { type: 'submit', id: 'records-send-code', class: 'secondary' }, [
      TEXT.recordsSendCode,
    ]);
    const downloadText = createElement('button', { type: 'button', id: 'records-download-text', class: 'secondary' }, [
      TEXT.recordsDownloadText,
    ]);
    const downloadJson = createElement('button', { type: 'button', id: 'records-download-json', class: 'secondary' }, [
      TEXT.recordsDownloadJson,
    ]);
    const codeStep = createElement('div', { class: 'records-code-step', hidden: true }, [
      ...code.parts,
      downloadText,
      downloadJson,
    ]);
    const form = createElement('form', { id: 'records-form', class: 'records-form', novalidate: true, 'aria-label': TEXT.recordsForm, hidden: true }, [
      createElement('p', { class: 'hint' }, [TEXT.recordsIntro]),
      ...name.parts,
      ...birthDate.parts,
      ...email.parts,
      sendCode,
      codeStep,
    ]);
    return {
      form,
      name: name.input,
      birthDate: birthDate.input,
      email: email.input,
      code: code.input,
      codeStep,
      downloadText,
      downloadJson,
    };
  }

  function isNonEmptyString(value) {
    return typeof value === 'string' && value.trim() !== '';
  }

  /** Returns the notice if it has the fields the consent view needs, or null. */
  function validateNotice(notice) {
    if (!notice || !isNonEmptyString(notice.version) || !Array.isArray(notice.sections)) {
      return null;
    }
    const sections = notice.sections.filter(
      (section) => section && isNonEmptyString(section.heading) && typeof section.text === 'string',
    );
    if (sections.length === 0) {
      return null;
    }
    return {
      version: notice.version,
      title: isNonEmptyString(notice.title) ? notice.title : '',
      sections,
    };
  }

  /**
   * Returns a link to the page an assistant answer was taken from, or null. The only links the
   * widget ever creates come from the structured source field of the clinic's own answers (its
   * patient-education index). Message text is never turned into links, so a patient or a pasted
   * text cannot plant one. Only http and https addresses are linked, and always over https,
   * because MedQuAD lists its NIH and CDC pages with http addresses that those sites now serve
   * over https.
   */
  function sourceLink(source) {
    if (!source || !isNonEmptyString(source.url) || !isNonEmptyString(source.name)) {
      return null;
    }
    let url;
    try {
      url = new URL(source.url);
    } catch {
      return null;
    }
    if (url.protocol === 'http:') {
      url.protocol = 'https:';
    }
    if (url.protocol !== 'https:') {
      return null;
    }
    return createElement('a', { class: 'source', href: url.href, target: '_blank', rel: 'noopener noreferrer' }, [
      TEXT.sourceLink(source.name),
    ]);
  }

  class ClinicChatElement extends HTMLElement {
    #ui = {};
    #built = false;

    /** The validated consent notice, or null until GET /api/consent-notice has succeeded. */
    #notice = null;
    #noticeLoading = null;

    /** 'general' after Decline, 'consented' once a conversation exists, null in the consent view. */
    #mode = null;

    // The bearer token lives only in these private fields: never in a URL, storage or a cookie,
    // and scripts of the host page cannot read it through the element.
    #token = null;
    #tokenExpiresAt = 0;
    #tokenLifetimeMs = 0;
    // The notice version of the consent in force, kept when a reload resumes without the notice.
    #consentedVersion = null;
    #conversationId = null;
    #lastSequence = 0;
    // Sequence numbers on the page, so a message that arrives twice (stream, send reply, poll) is
    // shown once.
    #shownSequences = new Set();
    // The last sequence number the stream delivered, sent as Last-Event-ID when it reconnects.
    #streamSequence = 0;
    #stream = { controller: null, failures: 0, timer: null, silenceTimer: null };
    #acknowledged = { sequence: 0, timer: null };
    // The key of the message being sent: a retry of the same text after a failure reuses it, so
    // the server stores the message once even when the first request did reach it.
    #pending = { text: null, key: null };
    #handoffStatus = '';
    #pollTimer = null;
    #pollUntil = 0;

    /** True while a request started by Agree or Send is in flight, so a second click is ignored. */
    #busy = false;
    // The identity check of the records form: its id, and whether its code was accepted.
    #recordsCheck = null;

    /** Incremented on every error change, so a delayed error update never overwrites a newer one. */
    #errorGeneration = 0;

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      if (this.#built) {
        return;
      }
      this.#built = true;
      this.#build();
      // An open stream may not notice a lost network until its silence timer fires, so the
      // browser's own offline and online events drop it and reopen it at once.
      window.addEventListener('offline', () => this.#stopStream());
      window.addEventListener('online', () => this.#reopenAfterOffline());
    }

    #build() {
      const title = this.getAttribute('clinic-name') || clinicName || TEXT.defaultTitle;
      const ui = this.#ui;

      // The wrapper stays hidden until the stylesheet has loaded, so the page never shows the
      // panel's controls unstyled.
      const stylesheet = createElement('link', { rel: 'stylesheet', href: stylesheetUrl.href });
      ui.wrapper = createElement('div', { class: 'wrapper', hidden: true });
      const reveal = () => {
        ui.wrapper.hidden = false;
      };
      stylesheet.addEventListener('load', reveal, { once: true });
      stylesheet.addEventListener('error', reveal, { once: true });

      ui.launcher = createElement(
        'button',
        { type: 'button', id: 'launcher', 'aria-controls': 'panel', 'aria-expanded': 'false' },
        [TEXT.launcher],
      );

      ui.title = createElement('h2', { id: 'panel-title', tabindex: '-1' }, [title]);
      ui.close = createElement('button', { type: 'button', id: 'close', class: 'secondary' }, [TEXT.close]);
      const header = createElement('div', { class: 'panel-header' }, [ui.title, ui.close]);

      // The notice and the message list scroll on their own, so each is a tab stop that keyboard
      // users can scroll with the arrow keys.
      ui.notice = createElement('div', { id: 'notice', role: 'region', 'aria-label': 'Privacy notice', tabindex: '0' });
      ui.reloadNotice = createElement(
        'button',
        { type: 'button', id: 'reload-notice', class: 'secondary', hidden: true },
        [TEXT.reloadNotice],
      );
      // Agree and Decline share one style on purpose: declining must be as easy as agreeing.
      ui.agree = createElement('button', { type: 'button', id: 'agree', class: 'primary' }, [TEXT.agree]);
      ui.decline = createElement('button', { type: 'button', id: 'decline', class: 'primary' }, [TEXT.decline]);
      // After the patient ended a chat, this line says what happened above the notice. It takes
      // the focus then, so a screen reader reads it first.
      ui.consentInfo = createElement('p', { id: 'consent-info', tabindex: '-1', hidden: true });
      ui.consentView = createElement('section', { id: 'consent-view', class: 'view' }, [
        ui.consentInfo,
        ui.notice,
        ui.reloadNotice,
        createElement('div', { class: 'consent-actions' }, [ui.agree, ui.decline]),
      ]);

      ui.modeLine = createElement('p', { id: 'mode-line' });
      ui.reviewNotice = createElement(
        'button',
        { type: 'button', id: 'review-notice', class: 'secondary', hidden: true },
        [TEXT.reviewNotice],
      );
      ui.revoke = createElement('button', { type: 'button', id: 'revoke', class: 'secondary' }, [TEXT.revoke]);
      ui.downloadText = createElement('button', { type: 'button', id: 'download-text', class: 'secondary' }, [
        TEXT.downloadText,
      ]);
      ui.downloadJson = createElement('button', { type: 'button', id: 'download-json', class: 'secondary' }, [
        TEXT.downloadJson,
      ]);
      ui.recordsCopy = createElement(
        'button',
        { type: 'button', id: 'records-copy', class: 'secondary', 'aria-controls': 'records-form', 'aria-expanded': 'false' },
        [TEXT.recordsCopy],
      );
      // Shown only with a consented conversation: without one nothing is stored to download.
      ui.chatActions = createElement(
        'div',
        { id: 'chat-actions', class: 'chat-actions', role: 'group', 'aria-label': TEXT.transcriptActions, hidden: true },
        [ui.downloadText, ui.downloadJson, ui.recordsCopy, ui.revoke],
      );
      ui.recordsForm = recordsForm();
      ui.messages = createElement('ol', {
        id: 'messages',
        'aria-live': 'polite',
        'aria-label': TEXT.conversationLabel,
        tabindex: '0',
      });
      ui.chatView = createElement('section', { id: 'chat-view', class: 'view', 'aria-label': 'Chat', hidden: true }, [
        createElement('div', { class: 'mode-notice' }, [ui.modeLine, ui.reviewNotice, ui.chatActions, ui.recordsForm.form]),
        ui.messages,
      ]);

      ui.status = createElement('p', { id: 'status', role: 'status' });
      ui.error = createElement('p', { id: 'error', role: 'alert' });

      ui.message = createElement('textarea', {
        id: 'message',
        name: 'message',
        rows: '3',
        maxlength: String(MAX_MESSAGE_LENGTH),
        'aria-describedby': 'message-hint',
        autocomplete: 'off',
      });
      ui.send = createElement('button', { type: 'submit', id: 'send', class: 'primary' }, [TEXT.send]);
      ui.composer = createElement('form', { id: 'composer', novalidate: true, hidden: true }, [
        createElement('label', { for: 'message' }, [TEXT.messageLabel]),
        ui.message,
        createElement('div', { class: 'composer-row' }, [
          createElement('p', { id: 'message-hint', class: 'hint' }, [TEXT.messageHint]),
          ui.send,
        ]),
      ]);

      ui.panel = createElement(
        'div',
        { id: 'panel', role: 'dialog', 'aria-labelledby': 'panel-title', lang: uiLanguage, hidden: true },
        [header, ui.consentView, ui.chatView, ui.status, ui.error, ui.composer],
      );

      ui.wrapper.append(ui.launcher, ui.panel);
      this.shadowRoot.append(stylesheet, ui.wrapper);

      ui.launcher.addEventListener('click', () => this.#openPanel());
      ui.close.addEventListener('click', () => this.#closePanel());
      ui.panel.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !event.isComposing) {
          event.preventDefault();
          this.#closePanel();
        }
      });
      ui.agree.addEventListener('click', () => this.#agree());
      ui.decline.addEventListener('click', () => this.#decline());
      ui.reloadNotice.addEventListener('click', () => this.#loadNotice());
      ui.reviewNotice.addEventListener('click', () => this.#showConsentView());
      ui.revoke.addEventListener('click', () => this.#revoke());
      ui.downloadText.addEventListener('click', () => this.#downloadTranscript('text/plain', 'txt'));
      ui.downloadJson.addEventListener('click', () => this.#downloadTranscript('application/json', 'json'));
      ui.recordsCopy.addEventListener('click', () => this.#toggleRecordsForm());
      ui.recordsForm.form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#sendRecordsCode();
      });
      ui.recordsForm.downloadText.addEventListener('click', () => this.#downloadRecords('text'));
      ui.recordsForm.downloadJson.addEventListener('click', () => this.#downloadRecords('json'));
      ui.composer.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#sendMessage();
      });
      ui.message.addEventListener('keydown', (event) => {
        // isComposing is true while an input method (for example for Japanese) is still
        // building the text, and Enter then confirms the composition instead of sending.
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          this.#sendMessage();
        }
      });
    }

    #openPanel() {
      const ui = this.#ui;
      ui.panel.hidden = false;
      ui.launcher.hidden = true;
      ui.launcher.setAttribute('aria-expanded', 'true');

      if (this.#mode === null && this.#resumeSession()) {
        this.#showChatView('consented');
        // The stream starts after sequence 0, so it sends the stored messages first, in order.
        this.#openStream();
      } else if (this.#mode === null) {
        this.#showConsentView();
      } else {
        ui.message.focus();
      }
    }

    #closePanel() {
      const ui = this.#ui;
      ui.panel.hidden = true;
      ui.launcher.hidden = false;
      ui.launcher.setAttribute('aria-expanded', 'false');
      ui.launcher.focus();
    }

    /** Shows the consent notice with Agree and Decline, loading the notice if needed. */
    #showConsentView() {
      const ui = this.#ui;
      this.#mode = null;
      ui.chatView.hidden = true;
      ui.composer.hidden = true;
      ui.consentView.hidden = false;
      this.#clearError();
      ui.title.focus();

      if (this.#notice === null) {
        this.#loadNotice();
      }
    }

    #showChatView(mode) {
      const ui = this.#ui;
      this.#mode = mode;
      ui.consentView.hidden = true;
      ui.chatView.hidden = false;
      ui.composer.hidden = false;
      ui.panel.dataset.mode = mode;

      ui.consentInfo.hidden = true;
      if (mode === 'general') {
        ui.modeLine.textContent = TEXT.generalMode;
        ui.reviewNotice.hidden = false;
        ui.chatActions.hidden = true;
      } else {
        ui.modeLine.textContent = TEXT.consentedMode(this.#consentedVersion);
        ui.reviewNotice.hidden = true;
        ui.chatActions.hidden = false;
      }
      this.#clearError();
      ui.message.focus();
    }

    async #loadNotice() {
      if (this.#noticeLoading) {
        return this.#noticeLoading;
      }
      const ui = this.#ui;
      ui.reloadNotice.hidden = true;
      ui.notice.replaceChildren();
      ui.notice.setAttribute('aria-busy', 'true');
      this.#setStatus(TEXT.loadingNotice);
      this.#clearError();

      this.#noticeLoading = (async () => {
        try {
          const notice = validateNotice(
            await requestJson(`api/consent-notice?language=${encodeURIComponent(uiLanguage)}`),
          );
          if (notice === null) {
            throw new ApiError(200, TEXT.noticeInvalid);
          }
          this.#notice = notice;
          this.#renderNotice(notice);
        } catch (error) {
          ui.reloadNotice.hidden = false;
          this.#showError(error);
        } finally {
          ui.notice.removeAttribute('aria-busy');
          this.#setStatus('');
          this.#noticeLoading = null;
        }
      })();
      return this.#noticeLoading;
    }

    #renderNotice(notice) {
      const children = [];
      if (notice.title) {
        children.push(createElement('h3', {}, [notice.title]));
      }
      for (const section of notice.sections) {
        children.push(createElement('h4', {}, [section.heading]));
        children.push(createElement('p', {}, [section.text]));
      }
      children.push(createElement('p', { class: 'notice-version' }, [`Notice version ${notice.version}`]));
      this.#ui.notice.replaceChildren(...children);
    }

    /**
     * Records consent to the displayed notice version, then opens a conversation. If consent
     * succeeded but the conversation could not be opened, the next Agree click reuses the token
     * instead of recording a second consent.
     */
    async #agree() {
      if (this.#busy) {
        return;
      }
      if (this.#notice === null) {
        this.#showError(new ApiError(0, TEXT.noticeMissing));
        return;
      }

      this.#setBusy(true, TEXT.startingChat);
      try {
        if (!this.#hasValidToken()) {
          const grant = await requestJson('api/consents', {
            method: 'POST',
            body: { noticeVersion: this.#notice.version, purpose: CONSENT_PURPOSE },
          });
          if (!grant || !isNonEmptyString(grant.token)) {
            throw new ApiError(201, TEXT.invalidResponse);
          }
          this.#acceptToken(grant);
          this.#consentedVersion = this.#notice.version;
          this.#conversationId = null;
        }

        if (this.#conversationId === null) {
          const conversation = await requestJson('api/conversations', { method: 'POST', token: this.#token });
          if (!conversation || !isNonEmptyString(conversation.id)) {
            throw new ApiError(201, TEXT.invalidResponse);
          }
          this.#conversationId = conversation.id;
        }

        this.#saveSession();
        this.#ui.messages.replaceChildren();
        this.#showChatView('consented');
        this.#openStream();
      } catch (error) {
        if (error.status === 401) {
          this.#forgetSession();
        }
        this.#showError(error);
      } finally {
        this.#setBusy(false);
      }
    }

    /**
     * Ends the chat: revokes the consent on the server, forgets the token and the conversation, and
     * returns to the consent notice, so nothing more is sent under that consent. On failure the
     * session stays as it was, so the patient can try again.
     */
    async #revoke() {
      if (this.#busy) {
        return;
      }
      if (!this.#hasValidToken()) {
        this.#endExpiredSession();
        return;
      }
      this.#setBusy(true, TEXT.revoking);
      try {
        await requestJson('api/consents/current', { method: 'DELETE', token: this.#token });
        this.#forgetSession();
        this.#ui.messages.replaceChildren();
        this.#showConsentView();
        this.#ui.consentInfo.textContent = TEXT.revoked;
        this.#ui.consentInfo.hidden = false;
        this.#ui.consentInfo.focus();
      } catch (error) {
        this.#showSessionError(error);
      } finally {
        this.#setBusy(false);
      }
    }

    /**
     * Shows a failed call of the consented session: a 401 means the token expired, and a changed
     * notice means the patient must read the new one and agree again.
     */
    #showSessionError(error) {
      if (error.noticeChanged) {
        this.#endExpiredSession(TEXT.noticeChanged);
      } else if (error.status === 401) {
        this.#endExpiredSession();
      } else {
        this.#showError(error);
      }
    }

    /** Downloads the transcript of the consented conversation in one format. */
    async #downloadTranscript(accept, extension) {
      if (this.#busy || this.#conversationId === null) {
        return;
      }
      if (!this.#hasValidToken()) {
        this.#endExpiredSession();
        return;
      }
      const conversation = encodeURIComponent(this.#conversationId);
      const query = accept === 'text/plain' ? `?language=${uiLanguage}` : '';
      this.#setBusy(true, TEXT.downloading);
      let saved = false;
      try {
        await downloadFile(`api/conversations/${conversation}/transcript${query}`, {
          accept,
          token: this.#token,
          fileName: `clinicchat-transcript-${this.#conversationId}.${extension}`,
        });
        saved = true;
        this.#clearError();
      } catch (error) {
        this.#showSessionError(error);
      } finally {
        this.#setBusy(false, saved ? TEXT.downloaded : this.#handoffStatus);
      }
    }

    /** Shows the form for a copy of all the patient's records and moves focus into it, or hides it. */
    #toggleRecordsForm() {
      const records = this.#ui.recordsForm;
      const opening = records.form.hidden;
      records.form.hidden = !opening;
      this.#ui.recordsCopy.setAttribute('aria-expanded', String(opening));
      if (opening) {
        records.name.focus();
      }
    }

    /** Starts an identity check, which emails the patient a code, and shows the code step. */
    async #sendRecordsCode() {
      const records = this.#ui.recordsForm;
      if (this.#busy || !this.#hasValidToken()) {
        return;
      }
      this.#setBusy(true, TEXT.sending);
      let sent = false;
      try {
        const check = await requestJson('api/appointments/identity-checks', {
          method: 'POST',
          token: this.#token,
          body: this.#recordsIdentity(),
        });
        this.#recordsCheck = { id: check.id, confirmed: false };
        records.codeStep.hidden = false;
        records.code.focus();
        sent = true;
        this.#clearError();
      } catch (error) {
        this.#showSessionError(error);
      } finally {
        this.#setBusy(false, sent ? TEXT.recordsCodeSent : this.#handoffStatus);
      }
    }

    /** Confirms the identity check with the code once, then downloads the copy in one format. */
    async #downloadRecords(format) {
      const check = this.#recordsCheck;
      if (this.#busy || check === null) {
        return;
      }
      if (!this.#hasValidToken()) {
        this.#endExpiredSession();
        return;
      }
      this.#setBusy(true, TEXT.downloading);
      let saved = false;
      try {
        if (!check.confirmed) {
          await requestJson(`api/appointments/identity-checks/${encodeURIComponent(check.id)}/confirmation`, {
            method: 'POST',
            token: this.#token,
            body: { ...this.#recordsIdentity(), code: this.#ui.recordsForm.code.value.trim() },
          });
          check.confirmed = true;
        }
        await downloadFile('api/access-copies', {
          method: 'POST',
          accept: format === 'text' ? 'text/plain' : 'application/json',
          token: this.#token,
          body: { identityCheck: check.id, format },
          fileName: `clinicchat-records.${format === 'text' ? 'txt' : 'json'}`,
        });
        saved = true;
        this.#clearError();
      } catch (error) {
        this.#showSessionError(error);
      } finally {
        this.#setBusy(false, saved ? TEXT.recordsSaved : this.#handoffStatus);
      }
    }

    /** Returns the name, date of birth and email as typed in the records form. */
    #recordsIdentity() {
      const records = this.#ui.recordsForm;
      return {
        name: records.name.value.trim(),
        dateOfBirth: records.birthDate.value.trim(),
        email: records.email.value.trim(),
      };
    }

    #decline() {
      if (this.#busy) {
        return;
      }
      // Declining ends any earlier consented session in this page, so the general mode
      // never sends the token.
      this.#forgetSession();
      this.#ui.messages.replaceChildren();
      this.#showChatView('general');
    }

    /**
     * Sends the text in the message box, or a slot number chosen with a button, which leaves the
     * message box as the patient left it.
     */
    async #sendMessage(choice) {
      if (this.#busy || this.#mode === null) {
        return;
      }
      const ui = this.#ui;
      const fromInput = choice === undefined;
      const text = fromInput ? ui.message.value.trim() : choice;
      if (text === '') {
        this.#showError(new ApiError(0, TEXT.emptyMessage));
        ui.message.focus();
        return;
      }
      // maxlength stops typing and pasting, but not a value set by script or an autofill tool.
      if (text.length > MAX_MESSAGE_LENGTH) {
        this.#showError(new ApiError(0, TEXT.messageTooLong));
        ui.message.focus();
        return;
      }
      if (this.#mode === 'consented' && !this.#hasValidToken()) {
        this.#endExpiredSession(TEXT.sessionExpired);
        return;
      }

      this.#setBusy(true, TEXT.sending);
      try {
        if (this.#mode === 'general') {
          await this.#sendGeneralQuestion(text);
        } else {
          await this.#sendConversationMessage(text);
        }
        // The input is cleared only after the server accepted the message, so a failure never
        // loses what the patient typed.
        if (fromInput) {
          ui.message.value = '';
        }
        this.#clearError();
      } catch (error) {
        if (error.noticeChanged && this.#mode === 'consented') {
          this.#endExpiredSession(TEXT.noticeChanged);
        } else if (error.status === 401 && this.#mode === 'consented') {
          this.#endExpiredSession(TEXT.sessionExpired);
        } else {
          this.#showError(error);
        }
      } finally {
        this.#setBusy(false);
      }
    }

    async #sendGeneralQuestion(text) {
      const answer = await requestJson('api/public-answers', { method: 'POST', body: { question: text, language: answerLanguage } });
      if (!answer || typeof answer.text !== 'string') {
        throw new ApiError(200, TEXT.invalidResponse);
      }
      this.#appendMessage('patient', text);
      this.#appendMessage('assistant', answer.text, { topic: answer.topic, source: answer.source });
    }

    async #sendConversationMessage(text) {
      if (this.#pending.text !== text) {
        this.#pending = { text, key: crypto.randomUUID() };
      }
      const exchange = await requestJson(`api/conversations/${encodeURIComponent(this.#conversationId)}/messages`, {
        method: 'POST',
        token: this.#token,
        body: { text, language: answerLanguage },
        idempotencyKey: this.#pending.key,
      });
      this.#pending = { text: null, key: null };
      const patientMessage = exchange && exchange.patientMessage;
      const reply = exchange && exchange.reply;
      // A null reply means staff have the conversation and the assistant stays silent.
      if (!patientMessage || (reply != null && typeof reply.text !== 'string')) {
        throw new ApiError(201, TEXT.invalidResponse);
      }
      this.#renewTokenIfOld();
      // Shows the text as the server stored it, which is what the clinic will see.
      const storedText = typeof patientMessage.text === 'string' ? patientMessage.text : text;
      this.#appendMessage('patient', storedText, { sequence: patientMessage.sequence });
      if (reply) {
        this.#appendMessage('assistant', reply.text, { sequence: reply.sequence, topic: reply.topic });
      }
      this.#followHandoff(exchange.handoff);
    }

    /** Shows the handoff state. Staff messages arrive on the stream, or by polling without one. */
    #followHandoff(state) {
      if (!HANDOFF_STATES.includes(state)) {
        return;
      }
      this.#handoffStatus = state === 'STAFF' ? TEXT.staffJoined : TEXT.waitingForStaff;
      this.#setStatus(this.#handoffStatus);
      if (this.#stream.controller === null) {
        this.#startPolling();
      }
    }

    /**
     * Opens the message stream of the conversation, resuming after the last event it delivered.
     * Each message arrives once as an event; the stream ends after a few minutes and is reopened.
     */
    async #openStream() {
      this.#stopStream();
      if (!this.#hasValidToken() || this.#conversationId === null) {
        return;
      }
      const controller = new AbortController();
      const conversationId = this.#conversationId;
      this.#stream.controller = controller;
      try {
        const response = await openEventStream(`api/conversations/${encodeURIComponent(conversationId)}/events`, {
          token: this.#token,
          lastEventId: this.#streamSequence,
          signal: controller.signal,
        });
        this.#stream.failures = 0;
        this.#stopPolling();
        this.#watchSilence(controller);
        await readServerSentEvents(
          response.body,
          (id, data) => this.#receiveEvent(data),
          () => this.#watchSilence(controller),
        );
        // The server ended the stream on time: reopen it at once.
        this.#reopenStream(controller, 0);
      } catch (error) {
        if (controller.signal.aborted && this.#stream.controller !== controller) {
          return;
        }
        if ([401, 403, 404].includes(error.status)) {
          // The token expired or the consent ended: the next send shows why.
          this.#stopStream();
          return;
        }
        this.#stream.failures += 1;
        if (this.#stream.failures >= STREAM_MAX_FAILURES) {
          this.#startPolling();
          this.#reopenStream(controller, STREAM_RETRY_MS);
        } else {
          const backoff = STREAM_BACKOFF_MS * 2 ** (this.#stream.failures - 1);
          this.#reopenStream(controller, Math.min(backoff, STREAM_MAX_BACKOFF_MS));
        }
      }
    }

    /** Reopens the stream of an open conversation when the browser is online again. */
    #reopenAfterOffline() {
      if (this.#mode === 'consented' && this.#conversationId !== null) {
        this.#stream.failures = 0;
        this.#openStream();
      }
    }

    /** Reopens the stream after a delay, unless another stream replaced this one meanwhile. */
    #reopenStream(controller, delay) {
      if (this.#stream.controller !== controller) {
        return;
      }
      clearTimeout(this.#stream.silenceTimer);
      this.#stream.timer = setTimeout(() => this.#openStream(), delay);
    }

    /** Aborts the stream when the server sends nothing, not even a heartbeat, for too long. */
    #watchSilence(controller) {
      clearTimeout(this.#stream.silenceTimer);
      this.#stream.silenceTimer = setTimeout(() => controller.abort(), STREAM_SILENCE_MS);
    }

    #stopStream() {
      const stream = this.#stream;
      const controller = stream.controller;
      stream.controller = null;
      clearTimeout(stream.timer);
      clearTimeout(stream.silenceTimer);
      if (controller !== null) {
        controller.abort();
      }
    }

    /** Shows the message of one stream event and ignores data that is not a message. */
    #receiveEvent(data) {
      let message;
      try {
        message = JSON.parse(data);
      } catch {
        return;
      }
      if (!message || !Number.isInteger(message.sequence)) {
        return;
      }
      this.#streamSequence = Math.max(this.#streamSequence, message.sequence);
      this.#appendNewMessages([message]);
    }

    #startPolling() {
      this.#pollUntil = Date.now() + HANDOFF_POLL_LIMIT_MS;
      if (this.#pollTimer === null) {
        this.#pollTimer = setTimeout(() => this.#pollMessages(), HANDOFF_POLL_MS);
      }
    }

    #stopPolling() {
      clearTimeout(this.#pollTimer);
      this.#pollTimer = null;
    }

    async #pollMessages() {
      this.#pollTimer = null;
      if (!this.#hasValidToken() || this.#conversationId === null || Date.now() > this.#pollUntil) {
        return;
      }
      try {
        const messages = await requestJson(
          `api/conversations/${encodeURIComponent(this.#conversationId)}/messages`,
          { method: 'GET', token: this.#token },
        );
        if (Array.isArray(messages)) {
          this.#appendNewMessages(messages);
        }
      } catch (error) {
        // A dropped connection is retried at the next poll; the messages stay on the server.
      }
      if (this.#stream.controller === null || this.#stream.failures >= STREAM_MAX_FAILURES) {
        this.#pollTimer = setTimeout(() => this.#pollMessages(), HANDOFF_POLL_MS);
      }
    }

    /** Shows the stored messages this page has not shown yet, each in its place by sequence number. */
    #appendNewMessages(messages) {
      for (const message of messages) {
        if (!Number.isInteger(message.sequence) || this.#shownSequences.has(message.sequence)) {
          continue;
        }
        if (typeof message.text !== 'string') {
          continue;
        }
        const sender = SENDER_CLASSES[message.sender] || 'assistant';
        if (sender === 'staff') {
          this.#handoffStatus = TEXT.staffJoined;
          this.#setStatus(this.#handoffStatus);
        }
        this.#appendMessage(sender, message.text, { sequence: message.sequence, topic: message.topic });
        this.#pollUntil = Date.now() + HANDOFF_POLL_LIMIT_MS;
      }
    }

    /** Tells the server, at most once a second, the highest sequence number shown. */
    #scheduleAcknowledgement() {
      const acknowledged = this.#acknowledged;
      if (acknowledged.timer !== null || this.#lastSequence <= acknowledged.sequence) {
        return;
      }
      acknowledged.timer = setTimeout(async () => {
        acknowledged.timer = null;
        const sequence = this.#lastSequence;
        if (!this.#hasValidToken() || this.#conversationId === null || sequence <= acknowledged.sequence) {
          return;
        }
        try {
          await requestJson(`api/conversations/${encodeURIComponent(this.#conversationId)}/acknowledgements`, {
            method: 'POST',
            token: this.#token,
            body: { sequence },
          });
          acknowledged.sequence = Math.max(acknowledged.sequence, sequence);
        } catch {
          // Only the staff's view of what the patient saw is late, and the next message retries.
        }
      }, ACKNOWLEDGE_DELAY_MS);
    }

    /**
     * Appends one message. The visually hidden sender prefix names the sender for screen reader
     * users, who hear new messages through the aria-live list.
     */
    #appendMessage(sender, text, { sequence, topic, source } = {}) {
      const prefix = SENDER_PREFIXES[sender] || TEXT.assistantPrefix;
      const body = createElement('span', { class: 'message-text' });
      body.textContent = text;
      const item = createElement('li', { class: `message ${sender}` }, [
        createElement('span', { class: 'visually-hidden' }, [prefix]),
        body,
      ]);
      const link = sender === 'assistant' ? sourceLink(source) : null;
      if (link) {
        item.append(link);
      }
      if (Number.isInteger(sequence)) {
        if (this.#shownSequences.has(sequence)) {
          return;
        }
        this.#shownSequences.add(sequence);
        item.dataset.sequence = String(sequence);
        this.#lastSequence = Math.max(this.#lastSequence, sequence);
      }
      // A null topic marks the fallback answer for questions the assistant could not match.
      if (isNonEmptyString(topic)) {
        item.dataset.topic = topic;
      }
      this.#removeSlotChoices();
      if (sender === 'assistant' && topic === APPOINTMENTS_TOPIC && this.#mode === 'consented') {
        this.#appendSlotChoices(item, offeredSlots(text));
      }
      if (topic === HANDOFF_TIMEOUT_TOPIC && this.#mode === 'consented') {
        this.#appendCallbackForm(item);
      }
      this.#ui.messages.insertBefore(item, this.#followingMessage(sequence));
      this.#scrollToLatestMessage();
      if (Number.isInteger(sequence) && this.#mode === 'consented') {
        this.#scheduleAcknowledgement();
      }
    }

    /**
     * Adds a button for each offered slot under the reply. A button sends the slot's number, the
     * same message a patient types, so the text reply works without the buttons.
     */
    #appendSlotChoices(item, slots) {
      if (slots.length === 0) {
        return;
      }
      const group = createElement('div', { class: 'slot-choices', role: 'group', 'aria-label': TEXT.slotChoices });
      for (const slot of slots) {
        const button = createElement('button', { type: 'button', class: 'secondary slot-choice' }, [slot.line]);
        button.addEventListener('click', () => this.#sendMessage(slot.number));
        group.append(button);
      }
      item.append(group);
    }

    /**
     * Adds a form under the notice that no staff member is free, in which the patient leaves a phone
     * number and a time of day for the clinic to call back. The server's message for a wrong number
     * is shown next to the form, and the number stays in the field.
     */
    #appendCallbackForm(item) {
      const id = `callback-${item.dataset.sequence || 'latest'}`;
      const phone = createElement('input', {
        id: `${id}-phone`,
        name: 'phone',
        type: 'tel',
        autocomplete: 'tel',
        maxlength: '30',
      });
      const time = createElement('select', { id: `${id}-time`, name: 'preferredTime' }, [
        createElement('option', { value: 'ANY' }, [TEXT.callbackAny]),
        createElement('option', { value: 'MORNING' }, [TEXT.callbackMorning]),
        createElement('option', { value: 'AFTERNOON' }, [TEXT.callbackAfternoon]),
      ]);
      const result = createElement('p', { class: 'callback-result', role: 'status' });
      const send = createElement('button', { type: 'submit', class: 'secondary' }, [TEXT.callbackSend]);
      const form = createElement('form', { class: 'callback-request', novalidate: true, 'aria-label': TEXT.callbackForm }, [
        createElement('label', { for: phone.id }, [TEXT.callbackPhone]),
        phone,
        createElement('label', { for: time.id }, [TEXT.callbackTime]),
        time,
        send,
        result,
      ]);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#requestCallback(form, { phone: phone.value, preferredTime: time.value });
      });
      item.append(form);
    }

    /** Sends the call-back request and replaces the form with a thank-you, or shows the error. */
    async #requestCallback(form, body) {
      const send = form.querySelector('button');
      const result = form.querySelector('.callback-result');
      send.disabled = true;
      result.textContent = '';
      try {
        await requestJson(`api/conversations/${encodeURIComponent(this.#conversationId)}/callback-request`, {
          method: 'POST',
          token: this.#token,
          body,
        });
        form.replaceChildren(createElement('p', { class: 'callback-result', role: 'status' }, [TEXT.callbackSent]));
      } catch (error) {
        result.textContent = error.message;
        send.disabled = false;
      }
    }

    /** Removes the buttons of an earlier offer, because its numbers no longer apply after a new message. */
    #removeSlotChoices() {
      for (const group of this.#ui.messages.querySelectorAll('.slot-choices')) {
        group.remove();
      }
    }

    /**
     * Returns the first shown message stored after the sequence number, or null to append at the
     * end, so the page keeps the order of storage whatever order messages arrive in.
     */
    #followingMessage(sequence) {
      if (!Number.isInteger(sequence)) {
        return null;
      }
      for (const item of this.#ui.messages.querySelectorAll(':scope > li[data-sequence]')) {
        if (Number(item.dataset.sequence) > sequence) {
          return item;
        }
      }
      return null;
    }

    #scrollToLatestMessage() {
      const messages = this.#ui.messages;
      messages.scrollTop = messages.scrollHeight;
    }

    /** Takes a token response: the token, its expiry and its lifetime. */
    #acceptToken(grant) {
      this.#token = grant.token;
      // Without a usable expiresIn the server's 401 is the only expiry signal.
      const usable = Number.isFinite(grant.expiresIn) && grant.expiresIn > 0;
      this.#tokenLifetimeMs = usable ? grant.expiresIn * 1000 : 0;
      this.#tokenExpiresAt = usable ? Date.now() + this.#tokenLifetimeMs : Number.POSITIVE_INFINITY;
    }

    /**
     * Renews the token in the background when it is older than TOKEN_RENEW_AFTER_MS. A failure
     * changes nothing: the old token works until it expires, and the next send tries again.
     */
    async #renewTokenIfOld() {
      const age = this.#tokenLifetimeMs - (this.#tokenExpiresAt - Date.now());
      if (this.#tokenLifetimeMs === 0 || age < TOKEN_RENEW_AFTER_MS) {
        return;
      }
      try {
        const grant = await requestJson('api/consents/current/token', { method: 'POST', token: this.#token });
        if (grant && isNonEmptyString(grant.token) && this.#token !== null) {
          this.#acceptToken(grant);
          this.#saveSession();
        }
      } catch {
        // The session ends when the old token expires, as it would have without renewal.
      }
    }

    /** Keeps the consented session in this tab's sessionStorage, for a reload in the idle window. */
    #saveSession() {
      const session = {
        token: this.#token,
        expiresAt: this.#tokenExpiresAt,
        lifetimeMs: this.#tokenLifetimeMs,
        conversationId: this.#conversationId,
        noticeVersion: this.#consentedVersion,
      };
      try {
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
      } catch {
        // Storage may be blocked or full: a reload then starts over, as before.
      }
    }

    /** Restores a stored session whose token has not expired, and returns whether it did. */
    #resumeSession() {
      let session = null;
      try {
        session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      } catch {
        session = null;
      }
      const valid =
        session !== null &&
        isNonEmptyString(session.token) &&
        isNonEmptyString(session.conversationId) &&
        isNonEmptyString(session.noticeVersion) &&
        Number.isFinite(session.expiresAt) &&
        Date.now() < session.expiresAt;
      if (!valid) {
        this.#removeStoredSession();
        return false;
      }
      this.#token = session.token;
      this.#tokenExpiresAt = session.expiresAt;
      this.#tokenLifetimeMs = Number.isFinite(session.lifetimeMs) ? session.lifetimeMs : 0;
      this.#conversationId = session.conversationId;
      this.#consentedVersion = session.noticeVersion;
      return true;
    }

    #removeStoredSession() {
      try {
        sessionStorage.removeItem(SESSION_KEY);
      } catch {
        // Nothing was stored where storage is blocked.
      }
    }

    #hasValidToken() {
      return this.#token !== null && Date.now() < this.#tokenExpiresAt;
    }

    #forgetSession() {
      this.#token = null;
      this.#tokenExpiresAt = 0;
      this.#tokenLifetimeMs = 0;
      this.#consentedVersion = null;
      this.#removeStoredSession();
      this.#conversationId = null;
      this.#lastSequence = 0;
      this.#shownSequences = new Set();
      this.#streamSequence = 0;
      this.#stopStream();
      this.#stream.failures = 0;
      clearTimeout(this.#acknowledged.timer);
      this.#acknowledged = { sequence: 0, timer: null };
      this.#handoffStatus = '';
      this.#stopPolling();
      this.#recordsCheck = null;
      this.#resetRecordsForm();
    }

    /** Hides the records form and clears what the patient typed into it. */
    #resetRecordsForm() {
      const records = this.#ui.recordsForm;
      records.form.reset();
      records.form.hidden = true;
      this.#ui.recordsCopy.setAttribute('aria-expanded', 'false');
      records.codeStep.hidden = true;
    }

    /**
     * Returns to the consent view after the token expired (a 401 or the local expiry time).
     * The old messages are removed from the page because they belong to a conversation the
     * visitor can no longer continue, but the unsent text stays in the message box.
     */
    #endExpiredSession(message = TEXT.sessionExpired) {
      this.#forgetSession();
      this.#ui.messages.replaceChildren();
      // The notice is fetched again because the clinic may have published a new version since.
      this.#notice = null;
      this.#showConsentView();
      this.#showError(new ApiError(401, message));
    }

    #setBusy(busy, statusText = this.#handoffStatus) {
      const ui = this.#ui;
      this.#busy = busy;
      // aria-disabled instead of disabled keeps focus on the button while the request runs.
      const records = ui.recordsForm;
      for (const button of [
        ui.agree,
        ui.decline,
        ui.send,
        ui.revoke,
        ui.downloadText,
        ui.downloadJson,
        records.downloadText,
        records.downloadJson,
      ]) {
        if (busy) {
          button.setAttribute('aria-disabled', 'true');
        } else {
          button.removeAttribute('aria-disabled');
        }
      }
      ui.panel.setAttribute('aria-busy', busy ? 'true' : 'false');
      this.#setStatus(statusText);
    }

    #setStatus(text) {
      this.#ui.status.textContent = text;
    }

    #showError(error) {
      const message = error instanceof ApiError ? error.message : TEXT.invalidResponse;
      const element = this.#ui.error;
      const generation = ++this.#errorGeneration;
      // Clearing first and writing in the next frame changes the alert's text even when the same
      // error repeats, so screen readers announce it again.
      element.textContent = '';
      requestAnimationFrame(() => {
        if (generation === this.#errorGeneration) {
          element.textContent = message;
          // The error line takes height from the message list, which would hide the latest reply.
          this.#scrollToLatestMessage();
        }
      });
    }

    #clearError() {
      this.#errorGeneration++;
      this.#ui.error.textContent = '';
    }
  }

  if (!customElements.get(ELEMENT_NAME)) {
    customElements.define(ELEMENT_NAME, ClinicChatElement);
  }

  function mount() {
    if (document.querySelector(ELEMENT_NAME)) {
      return;
    }
    const element = document.createElement(ELEMENT_NAME);
    if (clinicName) {
      element.setAttribute('clinic-name', clinicName);
    }
    document.body.append(element);
  }

  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount, { once: true });
  }
})();
