/** The part of the xAPI 1.0.3 statement shape the Gladi profile writes (docs/xapi-profile.md). */
export type LanguageMap = Readonly<Record<string, string>>;

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: { readonly type: string; readonly name?: LanguageMap };
}

export interface XapiResult {
  readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  /** ISO 8601 duration (`PT1M5.25S`). */
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: { readonly objectType: 'Agent'; readonly name?: string; readonly account: { readonly homePage: string; readonly name: string } };
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context: {
    readonly registration?: string;
    readonly platform: string;
    readonly language: string;
    readonly contextActivities: { readonly parent?: readonly XapiActivity[]; readonly grouping?: readonly XapiActivity[]; readonly category: readonly { readonly id: string }[] };
    readonly extensions: Readonly<Record<string, unknown>>;
  };
  readonly timestamp: string;
}
