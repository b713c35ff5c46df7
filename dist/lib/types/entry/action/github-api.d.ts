export interface GitHubApiOptions {
    baseUrl: string;
    token: string;
    owner: string;
    repo: string;
    userAgent?: string;
}
export interface IssueComment {
    id: number;
    body?: string;
    user?: {
        login?: string;
        type?: string;
    } | null;
}
/** GitHub lists at most this many commits for a pull request (documented limit of the endpoint). */
export declare const PR_COMMITS_API_LIMIT = 250;
/** The URL of the `rel="next"` page in a Link header, if any. */
export declare function nextPageUrl(link: string | null): string | undefined;
export declare class GitHubApi {
    private readonly opts;
    private readonly base;
    constructor(opts: GitHubApiOptions);
    private repoPath;
    private request;
    /** Every item of a paginated list endpoint, following Link headers. */
    paginate<T>(pathAndQuery: string, maxItems?: number): Promise<T[]>;
    /** SHAs of a pull request's commits (GitHub lists at most 250; git is the truth beyond that). */
    listPullRequestCommits(pullNumber: number): Promise<string[]>;
    listIssueComments(issueNumber: number): Promise<IssueComment[]>;
    createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
    updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
    deleteIssueComment(commentId: number): Promise<void>;
}
