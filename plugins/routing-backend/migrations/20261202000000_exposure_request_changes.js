/*
 * Where each request's change was opened, so the state task can read it back.
 */

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('exposure_requests', table => {
    table
      .string('provider')
      .nullable()
      .comment(
        'Where the change was opened: local, github, gitlab or bitbucketServer',
      );
    table
      .string('commit_sha')
      .nullable()
      .comment('The commit of the change in the local repository');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('exposure_requests', table => {
    table.dropColumn('commit_sha');
    table.dropColumn('provider');
  });
};
