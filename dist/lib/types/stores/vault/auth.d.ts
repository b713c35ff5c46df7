import type { VaultHttpClient } from './http.js';
/**
 * How to get a Vault token. The JWT method takes the token as a string: in GitHub Actions the
 * entry point fetches the runner's OIDC ID token (`core.getIDToken(audience)`) and passes it in.
 */
export type VaultAuth = {
    method: 'token';
    token: string;
} | {
    method: 'approle';
    roleId: string;
    secretId?: string;
    mount?: string;
} | {
    method: 'jwt';
    jwt: string;
    role: string;
    mount?: string;
};
export interface VaultToken {
    token: string;
    /** Seconds the token lives from now; 0 = does not expire (root). */
    ttlSeconds: number;
    renewable: boolean;
    /** True when we created it by logging in (then we revoke it at the end). */
    fromLogin: boolean;
}
/** The one switch from auth options to a token. */
export declare function login(client: VaultHttpClient, auth: VaultAuth): Promise<VaultToken>;
/** TTL and renewability of the token in hand (needs the default policy's lookup-self). */
export declare function lookupSelf(client: VaultHttpClient, token: string): Promise<{
    ttlSeconds: number;
    renewable: boolean;
}>;
/** Extends the token's lease; returns the new TTL Vault granted (it may cap it at max_ttl). */
export declare function renewSelf(client: VaultHttpClient, token: string, incrementSeconds?: number): Promise<{
    ttlSeconds: number;
    renewable: boolean;
}>;
/** Revokes the token (and its children) so nothing usable outlives the run. */
export declare function revokeSelf(client: VaultHttpClient, token: string): Promise<void>;
/**
 * When to renew: at two thirds of the TTL, so one failed attempt still leaves time for another.
 * Returns undefined when there is nothing to renew.
 */
export declare function renewalDelayMs(ttlSeconds: number, renewable: boolean): number | undefined;
