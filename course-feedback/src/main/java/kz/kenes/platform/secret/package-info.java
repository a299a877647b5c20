/**
 * The server secret every node shares ({@link kz.kenes.platform.secret.ServerSecret}): the key of
 * the HMACs Kenes keeps instead of bare hashes (pairing codes, client addresses). Depends on
 * nothing else in Kenes.
 */
package kz.kenes.platform.secret;
