/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-` (`Slack_SDK` and `slack-sdk` are one distribution). */
export const normalizePypiName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
