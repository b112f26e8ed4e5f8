/** Placeholder until the command line lands: runs the command line, resolving to its exit status. */
export async function main(_argv: string[]): Promise<number> {
  return 2;
}
