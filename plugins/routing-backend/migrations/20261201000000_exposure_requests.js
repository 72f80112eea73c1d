/*
 * Exposure requests and the hostnames they reserve.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('exposure_requests', table => {
    table.comment('Exposure requests recorded by the routing backend');
    table.uuid('id').primary().notNullable().comment('The request id');
    table
      .string('entity_ref')
      .notNullable()
      .comment('The catalog entity the exposure is for');
    table.string('type').notNullable().comment('http, grpc-mesh, ...');
    table.string('cluster').notNullable();
    table.string('namespace').notNullable();
    table
      .text('request')
      .notNullable()
      .comment('The exposure request as accepted, JSON');
    table
      .string('state')
      .notNullable()
      .comment('requested, open, merged, live, failed, closed or expired');
    table.text('state_reason').nullable().comment('Why it is in its state');
    table.string('branch_name').nullable();
    table.text('pull_request_url').nullable();
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['entity_ref', 'created_at'], 'exposure_requests_entity_idx');
    table.index(['state'], 'exposure_requests_state_idx');
  });

  await knex.schema.createTable('exposure_hostname_reservations', table => {
    table.comment(
      'Hostnames held by exposure requests; the primary key makes one holder per hostname',
    );
    // The key is the hostname alone, not (cluster, hostname): a DNS name points at one
    // place whatever cluster a route for it lives in, so two teams must not take one name in
    // two clusters either (and one team moving a route between clusters withdraws first).
    // Concurrent inserts of one hostname (two replicas) are decided here: exactly one
    // transaction commits, the other fails with a unique violation and rolls back.
    table
      .string('hostname')
      .primary()
      .notNullable()
      .comment('A hostname of the request, lower case');
    table.string('cluster').notNullable().comment('The cluster of the request');
    table
      .uuid('request_id')
      .notNullable()
      .references('id')
      .inTable('exposure_requests')
      .onDelete('CASCADE')
      .comment('The request holding the hostname');
    table.timestamp('created_at', { useTz: true, precision: 3 }).notNullable();
    table.index(['request_id'], 'exposure_hostname_reservations_request_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('exposure_hostname_reservations');
  await knex.schema.dropTable('exposure_requests');
};
