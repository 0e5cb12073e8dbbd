/** A bad input value: the run stops with a message naming the input and what it accepts. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
