package org.injaz.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's PostgreSQL as the benchmark sees it: its databases (created fresh by
 * {@code scripts/stack bench-db}) and the committed transactions of each.
 */
final class Postgres {

	static final String HOST = System.getProperty("injaz.bench.pg-host", "localhost");

	static final int PORT = Integer.getInteger("injaz.bench.pg-port", 5432);

	static final String USER = System.getProperty("injaz.bench.pg-user", "injaz");

	static final String PASSWORD = System.getProperty("injaz.bench.pg-password", "injaz");

	static final String PRODUCT_DB = System.getProperty("injaz.bench.db", "injaz_bench");

	static final String RAW_DB = System.getProperty("injaz.bench.raw-db", "injaz_bench_raw");

	static final String PGBENCH_DB = System.getProperty("injaz.bench.pgbench-db", "injaz_bench_pg");

	private Postgres() {
	}

	static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), USER, PASSWORD);
	}

	/**
	 * Transactions committed in a database so far. Backends report their counts when a
	 * transaction ends, at most once a second, and idle ones later: callers close their
	 * pools' idle connections first (which reports them) and the count is read after a
	 * short pause.
	 */
	static long committedTransactions(String database) {
		try (Connection connection = connect("postgres")) {
			pause(300);
			try (Statement clear = connection.createStatement()) {
				clear.execute("select pg_stat_clear_snapshot()");
			}
			try (PreparedStatement query = connection
				.prepareStatement("select xact_commit from pg_stat_database where datname = ?")) {
				query.setString(1, database);
				try (ResultSet row = query.executeQuery()) {
					row.next();
					return row.getLong(1);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read pg_stat_database: " + ex.getMessage(), ex);
		}
	}

	static String version() {
		return scalar("postgres", "show server_version");
	}

	static String scalar(String database, String sql) {
		try (Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	/** The plan of a query as EXPLAIN (ANALYZE, BUFFERS) prints it. */
	static List<String> explain(String database, String sql) {
		List<String> plan = new ArrayList<>();
		try (Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("explain (analyze, buffers) " + sql)) {
			while (rows.next()) {
				plan.add(rows.getString(1));
			}
			return plan;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("explain: " + ex.getMessage(), ex);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
