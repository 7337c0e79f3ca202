import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { errorMessage, messageForCode } from '../shared/error-messages';

/** Upload failed: `message` is French; `code` the api's code when it answered. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface UploadOptions {
  url?: string;
  token?: string;
  /** The Upload variable: `files` (a list, default) or one file under another name. */
  fileVariable?: string;
  /** 0–100 while the files are sent. */
  onProgress?: (percent: number) => void;
}

/**
 * One GraphQL mutation with files (GraphQL multipart request spec), sent with XMLHttpRequest so
 * that the upload progress can be shown (`fetch` has no upload progress).
 * `fileVariable` names the `[Upload!]!` variable; `files` fill it in order.
 */
export function uploadMutation<
  R,
  V extends Record<string, unknown>,
  K extends keyof V & string = 'files',
>(
  document: TypedDocumentNode<R, V>,
  variables: Omit<V, K>,
  files: File[],
  options: UploadOptions & { fileVariable?: K } = {},
): Promise<R> {
  const form = new FormData();
  const name = options.fileVariable;
  form.append(
    'operations',
    JSON.stringify({
      query: print(document),
      variables: name
        ? { ...variables, [name]: null }
        : { ...variables, files: files.map(() => null) },
    }),
  );
  form.append(
    'map',
    JSON.stringify(
      name
        ? { 0: [`variables.${name}`] }
        : Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]])),
    ),
  );
  files.forEach((f, i) => form.append(String(i), f, f.name));

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', options.url ?? '/graphql');
    // Required by the api's CSRF protection for multipart requests.
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    if (options.token) {
      xhr.setRequestHeader('authorization', `Bearer ${options.token}`);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        options.onProgress?.(Math.round((e.loaded / e.total) * 100));
      }
    };
    xhr.onerror = () => reject(new UploadError(errorMessage(new TypeError('network'))));
    xhr.onload = () => {
      let body: { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        reject(
          new UploadError(
            xhr.status === 413 ? 'Les fichiers sont trop volumineux.' : messageForCode(undefined),
          ),
        );
        return;
      }
      const first = body.errors?.[0];
      if (first || !body.data) {
        const code = first?.extensions?.code;
        reject(new UploadError(messageForCode(code, first?.message), code));
        return;
      }
      resolve(body.data);
    };
    xhr.send(form);
  });
}
