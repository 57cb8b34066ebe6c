/**
 * Needs of about 100 words as managers write them, for the latency benchmarks. Written for the
 * benchmark (they mention seed tasks in a manager's words, not in the taxonomy's), rotated per run.
 */
export const HUNDRED_WORD_NEEDS: readonly string[] = [
  "Our finance team is stretched since the controller left. Every month someone has to pull the sales numbers " +
    "from three different systems, reconcile the bank accounts and post the recurring journals and accruals before " +
    "the month-end close. After that we prepare the board pack with commentary on the variances and send it to the " +
    "directors by the fifth working day. We also need the rolling forecast refreshed each quarter and help chasing " +
    "overdue customer invoices, because debtor days have crept up. The work is ongoing, mostly remote, and touches " +
    "confidential payroll figures, so whoever does it must follow our controls.",
  "We are moving our customer records from an old on-premise CRM to Salesforce before the end of Q3. Someone needs " +
    "to cleanse and de-duplicate the customer data, map the fields, run the data migration and plan the cutover " +
    "weekend with the sales operations team. After go-live the sales reps need training on the new system and the " +
    "weekly pipeline report has to be rebuilt as a self-service dashboard. We expect the project to take about four " +
    "months. The data includes personal details of European customers, so GDPR applies, and the work can be done " +
    "remotely with occasional visits to our Lyon office.",
  "Our IT service desk is run by a consultancy whose contract renews in March. Staff call or email when they are " +
    "locked out and need a password reset, or need a new laptop built and deployed. The desk logs every incident in " +
    "ServiceNow, provisions and removes user access for joiners and leavers, and escalates hardware faults to deskside " +
    "support in our two offices. Servers and endpoints are patched monthly, and backups must be monitored and restores " +
    "tested. Volumes are steady, around four hundred tickets a week, and this is run-the-business work rather than a " +
    "project. We doubt the consultancy is still the right model.",
  "We are opening a new distribution centre near Rotterdam next spring and need help for about six months. The work " +
    "covers planning the racking and the warehouse management system, recruiting and onboarding around forty new " +
    "starters, scheduling candidate interviews, issuing employment contracts and setting up payroll for the new site. " +
    "Once it opens, someone has to supervise the warehouse shifts, receive and put away inbound goods, pick and pack " +
    "customer orders and plan the daily delivery routes. Health and safety inspections must be done before the first " +
    "shift. The site work is physical and cannot be done remotely, and the budget is tight.",
];
