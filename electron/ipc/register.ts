// Wires the handler map to ipcMain: one channel per contract method (channelOf), the sender's frame
// checked, the arguments validated with the contract's zod schemas, and every outcome — including a
// handler that throws — returned as a Result. Nothing here throws back across IPC.
import { err } from '../../core/result';
import type { Result } from '../../core/result';
import { channelOf, PLATFORM_INVOKE_METHODS } from '../../core/platform/contract';
import type { PlatformApi, PlatformInvokeMethod } from '../../core/platform/contract';
import { IPC_ARGS } from '../../core/platform/schemas';
import type { IpcArgs } from '../../core/platform/schemas';
import type { HandlerMap, SenderContext } from './handlers';
import { isAppUrl } from '../app-protocol';

// Compile-time proof that the schemas accept exactly the contract's parameter lists.
type SameArgs<M extends PlatformInvokeMethod> = [IpcArgs<M>] extends [Parameters<PlatformApi[M]>] ? ([Parameters<PlatformApi[M]>] extends [IpcArgs<M>] ? true : false) : false;
const _schemasMatchContract: [{ [M in PlatformInvokeMethod]: SameArgs<M> }[PlatformInvokeMethod]] extends [true] ? true : never = true;
void _schemasMatchContract;

/** What we need from an IpcMainInvokeEvent: the frame that sent it, and the webContents it lives in. */
export interface InvokeEvent {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Only the top frame of one of our own windows, showing our own app:// page, may call the host.
 * An iframe, a navigated-away page or a stray webContents is refused.
 */
export function isTrustedSender(event: InvokeEvent, knownContents: (id: number) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url) && knownContents(event.sender.id);
}

export interface Dispatcher {
  handlers: HandlerMap;
  trusted(event: InvokeEvent): boolean;
  contextFor(event: InvokeEvent): SenderContext | null;
  log(message: string, error?: unknown): void;
}

function describeIssues(method: string, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  const where = issues.slice(0, 3).map((i) => (i.path.length ? i.path.map(String).join('.') : '(tham số)'));
  return `Yêu cầu “${method}” bị từ chối: dữ liệu không hợp lệ ở ${where.join(', ')}.`;
}

export async function dispatch(d: Dispatcher, method: PlatformInvokeMethod, event: InvokeEvent, args: unknown[]): Promise<Result<unknown, string>> {
  if (!d.trusted(event)) {
    d.log(`IPC ${method} refused: untrusted sender ${event.senderFrame?.url ?? '(no frame)'}`);
    return err('Yêu cầu bị từ chối: nó không đến từ cửa sổ của Văn thư.');
  }
  const ctx = d.contextFor(event);
  if (!ctx) return err('Yêu cầu bị từ chối: cửa sổ gửi yêu cầu đã đóng.');
  const parsed = IPC_ARGS[method].safeParse(args);
  if (!parsed.success) {
    d.log(`IPC ${method} refused: invalid payload`);
    return err(describeIssues(method, parsed.error.issues));
  }
  try {
    const handler = d.handlers[method] as (ctx: SenderContext, ...a: unknown[]) => Promise<Result<unknown, string>>;
    return await handler(ctx, ...(parsed.data as unknown[]));
  } catch (e) {
    d.log(`IPC ${method} failed`, e);
    return err(`Đã xảy ra lỗi nội bộ khi thực hiện “${method}”. Tài liệu đang mở không bị ảnh hưởng.`);
  }
}

export function registerIpc(ipcMain: IpcMainLike, d: Dispatcher): void {
  for (const method of PLATFORM_INVOKE_METHODS) {
    ipcMain.handle(channelOf(method), (event, ...args) => dispatch(d, method, event, args));
  }
}
