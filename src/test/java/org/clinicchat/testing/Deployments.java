package org.clinicchat.testing;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy to Payara Micro. */
public final class Deployments {

  /** The made-up contact details of the clinic that breach notice letters print. */
  public static final String CLINIC_CONTACT =
      String.join(
          "\n",
          "clinicchat.clinic.name=Example Family Clinic",
          "clinicchat.breach.contact.toll-free-number=1-800-555-0199",
          "clinicchat.breach.contact.email=privacy@example-clinic.org",
          "clinicchat.breach.contact.website=https://www.example-clinic.org/privacy",
          "");

  private Deployments() {}

  /**
   * Returns the WAR that the build produced, unchanged, named so that Payara Micro serves it at the
   * root context as the run command does.
   */
  public static WebArchive clinicChat() {
    File war = new File(System.getProperty("clinicchat.it.war"));
    WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
  }

  /**
   * Returns the WAR of {@link #clinicChat()} plus the test helpers that in-container tests call
   * inside the server, where they drive the patient API over loopback TLS.
   */
  public static WebArchive clinicChatWithTestHelpers() {
    return clinicChat()
        .addClasses(
            PatientClient.class,
            PatientClient.Visitor.class,
            PatientClient.Reply.class,
            TestTokens.class,
            TestServer.class,
            StaffSession.class,
            Authenticators.class,
            TotpCodes.class,
            StartupRetry.class,
            Markers.class);
  }

  /**
   * Returns the WAR of {@link #clinicChat()} plus a library whose {@code
   * META-INF/microprofile-config.properties} sets {@link #CLINIC_CONTACT}, which the WAR leaves
   * unset because each clinic has its own.
   */
  public static WebArchive clinicChatWithClinicContact() {
    JavaArchive settings =
        ShrinkWrap.create(JavaArchive.class, "clinic-contact-settings.jar")
            .addAsManifestResource(
                new StringAsset(CLINIC_CONTACT), "microprofile-config.properties");
    return clinicChat().addAsLibrary(settings);
  }

  /**
   * Returns the WAR of {@link #clinicChatWithTestHelpers()} plus GreenMail and its logging API, for
   * tests that run an SMTP server inside the server and read the mail it sends.
   */
  public static WebArchive clinicChatWithGreenMail() {
    return clinicChatWithTestHelpers()
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
  }

  /**
   * Returns the WAR of {@link #clinicChat()} with single sign-on enabled against the {@link
   * TestIdentityProvider} at the port, through a library's {@code
   * META-INF/microprofile-config.properties}. Claim value {@code ward-clinicians} maps to CLINICIAN
   * and {@code it-administrators} to ADMIN.
   */
  public static WebArchive clinicChatWithHospitalSignOn(int providerPort) {
    String settings =
        String.join(
            "\n",
            "clinicchat.oidc.enabled=true",
            "clinicchat.oidc.provider-uri=" + TestIdentityProvider.issuer(providerPort),
            "clinicchat.oidc.client-id=" + TestIdentityProvider.CLIENT_ID,
            "clinicchat.oidc.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
            "clinicchat.oidc.role-claim=groups",
            "clinicchat.oidc.role-mapping=ward-clinicians=CLINICIAN,it-administrators=ADMIN",
            "");
    JavaArchive library =
        ShrinkWrap.create(JavaArchive.class, "hospital-sign-on-settings.jar")
            .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties");
    return clinicChat().addAsLibrary(library);
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the jar of " + type.getName(), e);
    }
  }
}
