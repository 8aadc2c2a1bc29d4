/**
 * Points every wx-server-sdk in this process at a local CloudBase, the way WeChat's runtime configures
 * a deployed function through its environment: the service URL, and the credentials the SDK signs every
 * request with (the emulator's `handle.credentials`; requests signed with anything else are refused).
 * Must run before any function calls the SDK.
 */
export function pointSdkAt(serviceUrl: string, credentials: { secretId: string; secretKey: string }, env = 'local'): void {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: serviceUrl });
  process.env.TENCENTCLOUD_RUNENV = 'SCF';
  process.env.TENCENTCLOUD_SECRETID = credentials.secretId;
  process.env.TENCENTCLOUD_SECRETKEY = credentials.secretKey;
  process.env.TENCENTCLOUD_REGION = 'ap-shanghai';
  process.env.TCB_ENV = env;
  process.env.SCF_NAMESPACE = env;
}
