import cloud from 'wx-server-sdk';

let ready = false;

/**
 * The one wx-server-sdk instance. In WeChat Cloud it binds to the function's own environment;
 * locally the SDK reads TCB_CONTEXT_CNFG / TENCENTCLOUD_* set by the local runtime (emulator/).
 */
export function getCloud(): typeof cloud {
  if (!ready) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    ready = true;
  }
  return cloud;
}

export type Database = ReturnType<typeof cloud.database>;

let database: Database | undefined;
export function db(): Database {
  database ??= getCloud().database();
  return database;
}
