package dev.workgraph.neo4jlocal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Throwaway queries run before the launcher reports ready, so the first client query after a (re)start
 * does not pay for a cold JVM.
 *
 * <p>Measured on the 2-core CI machine under load: the first Cypher query of a fresh JVM took 2.6 s
 * ({@code RETURN 1}) and the first API request 4 to 12 s, almost all of it class loading and interpreted
 * planner and runtime code, not I/O; the same request a moment later took 60 ms. A client cannot avoid
 * that cost, so the launcher takes it: each round plans queries of the shapes the API sends (filters,
 * ordering, paging, optional matches, subqueries, full-text and vector lookups, writes), with variable names
 * that differ per round so every round is planned anew. Writes are rolled back and touch only labels and
 * property keys the store already has: a warm-up leaves no trace. A failing query is skipped, never fatal.
 */
final class WarmUp {
    /** Warm-up stops starting rounds after this long, whatever the machine's load. */
    private static final long BUDGET_MS = 4_000;
    private static final int MAX_ROUNDS = 12;

    private WarmUp() {}

    /** Runs warm-up rounds within the budget; returns how many ran. */
    static int run(GraphDatabaseService db) {
        List<String> lookups = indexLookups(db);
        long deadline = System.currentTimeMillis() + BUDGET_MS;
        int rounds = 0;
        while (rounds < MAX_ROUNDS && System.currentTimeMillis() < deadline) {
            String v = "w" + rounds;
            List<String> queries = new ArrayList<>(shapes(v));
            for (String lookup : lookups) queries.add(lookup.replace("$v", v));
            for (String query : queries) runRolledBack(db, query);
            rounds++;
        }
        return rounds;
    }

    private static List<String> shapes(String v) {
        return List.of(
                "MATCH (" + v + ") WHERE " + v + ".id IN $ids AND NOT " + v + ".status IN $statuses RETURN " + v
                        + ".id AS id, " + v + ".name AS name ORDER BY name, id SKIP toInteger($skip) LIMIT toInteger($first)",
                "MATCH (" + v + ") WHERE " + v + ".id = $id OPTIONAL MATCH (" + v + ")-[r]->(o) WITH " + v
                        + ", collect({type: type(r), id: o.id})[0..toInteger($first)] AS out RETURN " + v + " {.*, out: out}",
                "UNWIND $ids AS key CALL (key) { MATCH (" + v + " {id: key}) RETURN count(" + v + ") AS c } "
                        + "RETURN key, c ORDER BY c DESC",
                "MATCH (" + v + ") WITH count(" + v + ") AS total CALL () { MATCH (" + v + "b)-[]->() RETURN count(*) AS rels } "
                        + "RETURN total, rels, datetime() AS at, datetime($since) < datetime() AS later",
                "MATCH (n) WITH n LIMIT 1 CREATE (" + v + ") SET " + v + " = properties(n) "
                        + "MERGE (" + v + "m {id: $id}) RETURN count(*) AS c",
                "MATCH (" + v + ") WHERE " + v + ".id STARTS WITH $prefix DETACH DELETE " + v);
    }

    /** Full-text and vector queries against the indexes the store has (none on a fresh store). */
    private static List<String> indexLookups(GraphDatabaseService db) {
        List<String> lookups = new ArrayList<>();
        try (Transaction tx = db.beginTx();
                Result indexes = tx.execute("SHOW INDEXES YIELD name, type, options WHERE type IN ['FULLTEXT', 'VECTOR']")) {
            indexes.accept(row -> {
                String name = row.getString("name").replace("`", "");
                if ("FULLTEXT".equals(row.getString("type"))) {
                    lookups.add("CALL db.index.fulltext.queryNodes('" + name + "', 'report OR invoice*') YIELD node AS $v, score "
                            + "RETURN $v.id AS id, score ORDER BY score DESC LIMIT 5");
                } else {
                    Object dimensions = ((Map<?, ?>) ((Map<?, ?>) row.get("options")).get("indexConfig")).get("vector.dimensions");
                    if (dimensions instanceof Number size) {
                        lookups.add("CALL db.index.vector.queryNodes('" + name + "', 5, [i IN range(1, " + size.intValue()
                                + ") | 0.1]) YIELD node AS $v, score RETURN $v.id AS id, score");
                    }
                }
                return true;
            });
        } catch (RuntimeException e) {
            System.err.println("neo4j-local: warm-up could not list indexes: " + e.getMessage());
        }
        return lookups;
    }

    private static void runRolledBack(GraphDatabaseService db, String query) {
        Map<String, Object> params = Map.of(
                "ids", List.of("warm-up:a", "warm-up:b"),
                "id", "warm-up:a",
                "statuses", List.of("DEPRECATED"),
                "skip", 0,
                "first", 5,
                "prefix", "warm-up:",
                "since", "2020-01-01T00:00:00Z");
        try (Transaction tx = db.beginTx(); Result result = tx.execute(query, params)) {
            result.accept(row -> true);
            tx.rollback();
        } catch (RuntimeException e) {
            System.err.println("neo4j-local: warm-up query failed (skipped): " + e.getMessage());
        }
    }
}
