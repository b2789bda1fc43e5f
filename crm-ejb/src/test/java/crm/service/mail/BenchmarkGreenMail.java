package crm.service.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GreenMail for {@link MailBenchmark}, optionally with TCP_NODELAY on the sockets it accepts.
 *
 * <p>Stock GreenMail writes its two-line EHLO reply in two small writes; with Nagle's algorithm
 * on the server socket the second line waits for the client's delayed ACK, about 40 ms on every
 * new connection. A production MTA answers EHLO in one write, so that stall is the test server's
 * and not the sender's; with {@code noDelay} the benchmark measures the sending code instead.
 */
final class BenchmarkGreenMail extends GreenMail {

  /** Read by {@link #createServices}, which GreenMail's constructor calls. */
  private static final ThreadLocal<Boolean> NO_DELAY = new ThreadLocal<>();

  private BenchmarkGreenMail(ServerSetup setup) {
    super(setup);
  }

  static GreenMail start(ServerSetup setup, boolean noDelay) {
    NO_DELAY.set(noDelay);
    try {
      GreenMail greenMail = new BenchmarkGreenMail(setup);
      greenMail.start();
      return greenMail;
    } finally {
      NO_DELAY.remove();
    }
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    Map<String, AbstractServer> services = new LinkedHashMap<>(super.createServices(config, managers));
    if (Boolean.TRUE.equals(NO_DELAY.get())) {
      services.replaceAll((name, server) -> server instanceof SmtpServer
          ? new NoDelaySmtpServer(server.getServerSetup(), managers) : server);
    }
    return services;
  }

  private static final class NoDelaySmtpServer extends SmtpServer {
    NoDelaySmtpServer(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
      try {
        clientSocket.setTcpNoDelay(true);
      } catch (SocketException e) {
        throw new UncheckedIOException(e);
      }
      return super.createProtocolHandler(clientSocket);
    }
  }
}
