// The integrator loop with @workgraph/client: submit a need, get a recommendation, record a decision and its outcome.
// Run: WORKGRAPH_URL=http://localhost:4000/graphql WORKGRAPH_KEY=wgk_... node example/integrate.mjs
import {
  createWorkgraphClient,
  RecommendChannelsDocument,
  RecordDecisionDocument,
  RecordOutcomeDocument,
  SubmitNeedDocument,
  WorkgraphError,
} from "@workgraph/client";

export async function integrate(client) {
  const { submitNeed } = await client.request(SubmitNeedDocument, {
    input: { text: "Reconcile the bank accounts every month and chase unmatched items", ongoing: true },
  });
  const needId = submitNeed.need.id;
  const { recommendChannels } = await client.request(RecommendChannelsDocument, { input: { needId, limit: 3 } });
  const best = recommendChannels.options[0];
  const { recordDecision } = await client.request(RecordDecisionDocument, {
    input: { needId, workerTypeId: best.workerType.id, channelId: best.channel.id },
  });
  const { recordOutcome } = await client.request(RecordOutcomeDocument, {
    input: { decisionId: recordDecision.id, rating: 4, costVariancePct: 5, daysToStart: 12, needChanged: false },
  });
  return { needId, best: `${best.workerType.name} via ${best.channel.name}`, decisionId: recordDecision.id, precedentId: recordOutcome.precedentId };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const client = createWorkgraphClient({ url: process.env.WORKGRAPH_URL ?? "http://localhost:4000/graphql", key: process.env.WORKGRAPH_KEY });
  try {
    console.log(await integrate(client));
  } catch (error) {
    if (!(error instanceof WorkgraphError)) throw error;
    console.error(`${error.code}: ${error.message} (request ${error.requestId})`);
    process.exitCode = 1;
  }
}
