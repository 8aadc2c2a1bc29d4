/**
 * Points every wx-server-sdk in this process at a local CloudBase, the way WeChat's runtime configures
 * a deployed function through its environment. Must run before any function calls the SDK.
 */
export function pointSdkAt(serviceUrl: string, env = 'local'): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: serviceUrl });
  process.env.TENCENTCLOUD_RUNENV = 'SCF';
  process.env.TENCENTCLOUD_SECRETID = 'local-secret-id';
  process.env.TENCENTCLOUD_SECRETKEY = 'local-secret-key';
  process.env.TENCENTCLOUD_REGION = 'ap-shanghai';
  process.env.TCB_ENV = env;
  process.env.SCF_NAMESPACE = env;
}
